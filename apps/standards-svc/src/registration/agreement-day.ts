import type { EntityManager } from 'typeorm';
import type { TermCalendar } from '../clocks/term-calendar';

/**
 * The day (Kazakhstan) the last body of the version's current round agreed it: neither the approving act nor
 * its registration can be dated before it. Undefined while none has.
 */
export async function lastAgreementDay(
  manager: EntityManager,
  calendar: TermCalendar,
  versionId: string,
): Promise<string | undefined> {
  const [agreed]: Array<{ last: Date | null }> = await manager.query(
    `SELECT max(decided_at) AS last FROM approval
      WHERE version_id = $1 AND status = 'approved'
        AND round = (SELECT max(round) FROM approval WHERE version_id = $1)`,
    [versionId],
  );
  return agreed?.last ? calendar.localDate(new Date(agreed.last)) : undefined;
}
