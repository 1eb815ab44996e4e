import { Injectable } from '@nestjs/common';
import type { Identity } from '@kzps/auth';
import type { EntityManager } from 'typeorm';
import { designatedBodiesError, DesignatedBodiesErrorCode as Code } from './designated-bodies.errors';

/**
 * The bodies the Law names and the Government designates, found by their registry role (D18), inside the
 * request's transaction. The quality authority (Art. 7.5, 21-23) inspects, accredits and evaluates: the
 * token's `quality-authority` role says what the officer does, the registry says which body that is.
 */
@Injectable()
export class DesignatedBodiesService {
  /** The one active organisation holding the quality-authority role; none or several is refused, not guessed. */
  async qualityAuthority(manager: EntityManager): Promise<string> {
    const holders = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM organization_ref WHERE active AND 'quality-authority' = ANY(roles) ORDER BY id`,
    );
    const [only] = holders;
    if (!only) throw designatedBodiesError(Code.QUALITY_AUTHORITY_UNDESIGNATED);
    if (holders.length > 1) {
      throw designatedBodiesError(Code.QUALITY_AUTHORITY_AMBIGUOUS, undefined, {
        candidates: holders.map((h) => h.id),
      });
    }
    return only.id;
  }

  /** The caller acts for the designated quality authority: its id, else 403 (another body's officer). */
  async assertQualityAuthority(manager: EntityManager, caller: Identity): Promise<string> {
    const authority = await this.qualityAuthority(manager);
    if (caller.organizationId !== authority) throw designatedBodiesError(Code.QUALITY_AUTHORITY_NOT_YOURS);
    return authority;
  }
}
