import { randomUUID } from 'node:crypto';
import { StandardsEventTypes, type DecreeV1 } from '@kzps/contracts';
import { eventually, jsonSchemaProblems } from '@kzps/testing';
import { DataSource } from 'typeorm';
import {
  publish,
  registryTopics,
  serviceExcluded,
  serviceIncluded,
  type TestOrganization,
  type TestService,
} from '../test/harness';
import { completeContent } from '../test/standard-fixtures';
import { approvingAct, standardAt, type StandardStage } from '../test/standard-lifecycle';
import { designatedBodies, officerOf, useStandardsApp } from '../test/test-app';

// Art. 6.1: a service out of the registry gets no standard in force. Each test includes a service of its
// own, so each runs alone and in any order.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000040', kind: 'central-state-body' };
const { psa, ia, justice } = designatedBodies();
const organizations = [ministry, psa, ia, justice];
const owner = officerOf(ministry, 'owner-officer');
const authority = officerOf(psa, 'public-services-authority');
const registrar = officerOf(justice, 'justice-officer');
const includedAt = new Date('2026-02-20T05:00:00Z');

/** Government decree No. 901 of 25 June 2026, excluding the service from 1 July 2026. */
const decree: DecreeV1 = {
  number: '901',
  date: '2026-06-25',
  effectiveDate: '2026-07-01',
  kind: 'government-resolution',
  title: {
    kk: 'Қазақстан Республикасы Үкіметінің 2026 жылғы 25 маусымдағы № 901 қаулысы',
    ru: 'Постановление Правительства Республики Казахстан от 25 июня 2026 г. № 901',
  },
};
/** The start of 1 July 2026 in Kazakhstan. */
const excludedAt = new Date('2026-06-30T19:00:00Z');

interface VersionBody {
  id: string;
  number: number;
  kind: string;
  status: string;
  inForceUntil: string | null;
  endedByExclusion: {
    decree: { number: string; title: { kk: string; ru: string } } | null;
    excludedAt: string;
  } | null;
}
interface StandardBody {
  status: string;
  service: { status: string };
  inForce: VersionBody | null;
  working: VersionBody | null;
  terms: Array<{ status: string }>;
}

describe('a service excluded from the registry (Art. 6.1)', () => {
  const { app, call, clock, driver } = useStandardsApp('standards_exclusion', organizations, includedAt);

  function paperService(): TestService {
    return { id: randomUUID(), ownerId: ministry.id, providerIds: [ministry.id], channels: ['provider'] };
  }

  /** A fresh standard of the ministry's brought to `stage`, the notice and registration on 6 May 2026. */
  function standardOf(service: TestService, stage: StandardStage): Promise<string> {
    return standardAt(driver(), {
      service,
      includedAt,
      stage,
      owner,
      content: completeContent(ministry.id, 4),
      noticeAt: new Date('2026-05-06T06:00:00Z'),
      approverOf: () => authority,
      registrar,
    });
  }

  const standard = async (id: string): Promise<StandardBody> =>
    (await call('GET', `/api/v1/standards/${id}`)).json<StandardBody>();

  async function exclude(service: TestService, id: string): Promise<StandardBody> {
    clock.set(new Date('2026-07-01T05:00:00Z'));
    await publish(driver().kafka, registryTopics.services, [
      serviceExcluded(service.id, excludedAt, service, decree),
    ]);
    await eventually(async () => (await standard(id)).service.status === 'excluded', 'the exclusion');
    // Read again: the answer reads the standard and its service one after the other, and the exclusion
    // may have committed between the two.
    return standard(id);
  }

  it('Art. 6.1: refuses every step toward force once the service is excluded, naming the decree, and closes the version', async () => {
    const service = paperService();
    const id = await standardOf(service, 'registration');
    const approvals = (await call('GET', `/api/v1/standards/${id}/approvals?size=100`, owner)).json<{
      items: Array<{ id: string }>;
    }>().items;
    const approvalId = approvals[0]?.id ?? randomUUID();
    const excluded = await exclude(service, id);

    // The version on its way to registration is closed, with the exclusion as the basis; its terms stop.
    expect(excluded.working).toBeNull();
    expect(excluded.status).toBe('closed');
    expect(excluded.terms.every((t) => t.status !== 'open')).toBe(true);
    const versions = (await call('GET', `/api/v1/standards/${id}/versions`)).json<{ items: VersionBody[] }>();
    expect(versions.items.map((v) => [v.number, v.status])).toEqual([[1, 'closed']]);
    expect(versions.items[0]?.endedByExclusion).toEqual({
      decree: { number: '901', date: '2026-06-25', title: decree.title },
      excludedAt: excludedAt.toISOString(),
    });

    const steps: Array<[string, ReturnType<typeof call>]> = [
      [
        'the draft',
        call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id) }),
      ],
      ['the discussion', call('POST', `/api/v1/standards/${id}/discussion`, owner)],
      [
        'an outcome',
        call('PUT', `/api/v1/standards/${id}/discussion/proposals/${randomUUID()}/outcome`, owner, {
          outcome: 'rejected',
          reason: { kk: 'Негізсіз', ru: 'Необоснованно' },
          summary: { kk: 'Мерзімді қысқарту', ru: 'Сократить срок' },
        }),
      ],
      [
        'the notice',
        call('POST', `/api/v1/standards/${id}/discussion/notice`, owner, {
          revisedDraftUrl: 'https://legalacts.egov.kz/npa/view?id=1',
        }),
      ],
      [
        'an approval',
        call('POST', `/api/v1/standards/${id}/approvals/${approvalId}/decision`, authority, {
          decision: 'approved',
        }),
      ],
      ['the resubmission', call('POST', `/api/v1/standards/${id}/approvals`, owner)],
      [
        'the approving act',
        call('PUT', `/api/v1/standards/${id}/approving-act`, owner, approvingAct(clock, '2026-07-01')),
      ],
      [
        'the registration',
        call('POST', `/api/v1/standards/${id}/registration`, registrar, {
          number: '40901',
          date: '2026-07-01',
        }),
      ],
      [
        'an amendment',
        call('POST', `/api/v1/standards/${id}/versions`, owner, {
          kind: 'amendment',
          basis: 'owner_discretion',
        }),
      ],
    ];
    for (const [step, response] of steps) {
      const answer = await response;
      expect([step, answer.statusCode]).toEqual([step, 409]);
      expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
      expect([step, answer.json()]).toEqual([
        step,
        expect.objectContaining({
          code: 'SERVICE_EXCLUDED',
          exclusion: expect.objectContaining({ decree: expect.objectContaining({ number: '901' }) }),
          localizedTitle: { kk: expect.any(String), ru: expect.stringContaining('статьи 6') },
          localizedDetail: {
            kk: expect.stringContaining(decree.title?.kk ?? ''),
            ru: expect.stringContaining(decree.title?.ru ?? ''),
          },
        }),
      ]);
    }
  });

  it('Art. 6.1: cancels a standard in force from the exclusion’s date, and a service included again gets a new one', async () => {
    const service = paperService();
    const id = await standardOf(service, 'in_force');
    const inForceId = (await standard(id)).inForce?.id;
    const excluded = await exclude(service, id);

    expect(excluded).toMatchObject({ status: 'cancelled', inForce: null, working: null });
    const cancelled = (
      await call('GET', `/api/v1/standards/${id}/versions/${inForceId}`)
    ).json<VersionBody>();
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      inForceUntil: excludedAt.toISOString(),
      endedByExclusion: { decree: { number: '901' }, excludedAt: excludedAt.toISOString() },
    });
    const rows: Array<{ payload: Record<string, unknown> }> = await app()
      .get(DataSource)
      .query(`SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2`, [
        StandardsEventTypes.standardCancelled,
        id,
      ]);
    expect(rows).toHaveLength(1);
    expect(jsonSchemaProblems(StandardsEventTypes.standardCancelled, rows[0]?.payload)).toEqual([]);
    expect(rows[0]?.payload).toMatchObject({
      standardId: id,
      serviceId: service.id,
      cancelledVersionId: inForceId,
      cancelledFrom: excludedAt.toISOString(),
      basis: { kind: 'service_excluded', reference: decree.title?.ru },
    });

    // A new decree includes the service again: it needs a standard, and its developer can make one.
    const reincludedAt = new Date('2026-09-01T05:00:00Z');
    clock.set(new Date('2026-09-02T05:00:00Z'));
    await publish(driver().kafka, registryTopics.services, [serviceIncluded(service, reincludedAt)]);
    await eventually(async () => (await standard(id)).service.status === 'included', 'the re-inclusion');
    const reincluded = await standard(id);
    expect(reincluded).toMatchObject({ status: 'drafting', working: { number: 2, kind: 'adoption' } });
    const draft = await call('PUT', `/api/v1/standards/${id}/draft`, owner, {
      content: completeContent(ministry.id, 4),
    });
    expect(draft.statusCode).toBe(200);
    expect((await call('POST', `/api/v1/standards/${id}/discussion`, owner)).statusCode).toBe(201);
  });
});
