import { randomUUID } from 'node:crypto';
import {
  ApplicationsEventTypes,
  ComplaintsEventTypes,
  applicationChannels,
  instanceRoles,
  type ApplicationFactsV1,
  type ComplaintFactsV1,
  type EventEnvelope,
} from '@kzps/contracts';
import { testEnvelope } from '@kzps/testing';

/** A small deterministic generator, so a failing month can be generated again. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export const org = {
  ownerA: randomUUID(),
  ownerB: randomUUID(),
  providerA: randomUUID(),
  providerB: randomUUID(),
  psc: randomUUID(),
  qualityAuthority: randomUUID(),
};
export const services = [
  { id: randomUUID(), ownerId: org.ownerA, providerId: org.providerA, regionKato: '751110000' },
  { id: randomUUID(), ownerId: org.ownerB, providerId: org.providerB, regionKato: '711110000' },
];
export const refusalGrounds = [randomUUID(), randomUUID()];

/** A month of activity as applications-svc and complaints-svc publish it. */
export interface Activity {
  applications: EventEnvelope[];
  complaints: EventEnvelope[];
}

/**
 * `count` applications accepted across July 2026 (Asia/Almaty) at two services, each with what happened to
 * it, and complaints about some of them through their instances.
 */
export function monthOfActivity(count: number, seed = 17): Activity {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const applications: EventEnvelope[] = [];
  const complaints: EventEnvelope[] = [];
  const at = (day: number, hour: number): Date => new Date(Date.UTC(2026, 6, day, hour));
  const app = (type: string, data: object, time: Date, key: string): void => {
    applications.push(testEnvelope('/kzps/applications-svc', type, key, data, time));
  };
  for (let i = 0; i < count; i += 1) {
    const service = pick(services);
    const channel = pick(applicationChannels);
    const atPsc = channel === 'psc' || channel === 'specialised_psc';
    const accepted = at(1 + Math.floor(random() * 25), 4);
    const facts: ApplicationFactsV1 = {
      applicationId: randomUUID(),
      trackingNumber: `KZ-2026-${String(i).padStart(6, '0')}`,
      serviceId: service.id,
      standardId: randomUUID(),
      standardVersionId: randomUUID(),
      ownerOrganizationId: service.ownerId,
      providerOrganizationId: service.providerId,
      pscOrganizationId: atPsc ? org.psc : null,
      pscBranch: atPsc ? 'almaty-1' : null,
      regionKato: service.regionKato,
      channel,
      recipientType: 'individual',
      acceptedAt: accepted.toISOString(),
      dueDate: '2026-08-05',
      dueAt: '2026-08-05T18:59:59.999Z',
      handoverDueAt: atPsc ? '2026-08-05T10:00:00.000Z' : null,
      term: { value: 5, unit: 'working_days', acceptanceDayCounts: false },
    };
    const id = facts.applicationId;
    app(
      ApplicationsEventTypes.submitted,
      { ...facts, recipientIdNumber: '850101300123', feeKzt: null },
      accepted,
      id,
    );
    if (random() < 0.3) {
      const paidAt = new Date(accepted.getTime() + 600_000).toISOString();
      app(
        ApplicationsEventTypes.feePaid,
        { ...facts, paymentId: `P-${i}`, amountKzt: 1476, paidAt },
        accepted,
        id,
      );
    }
    const fate = random();
    // 31 July 20:00 UTC is 1 August 01:00 in Almaty: those acts count in August.
    const actAt = random() < 0.1 ? new Date(Date.UTC(2026, 6, 31, 20)) : at(27, 6);
    if (fate < 0.6) {
      const onTime = random() < 0.8;
      app(
        ApplicationsEventTypes.resultIssued,
        {
          ...facts,
          resultForm: 'electronic_document',
          resultRecordedAt: actAt.toISOString(),
          issuedAt: actAt.toISOString(),
          onTime,
        },
        actAt,
        id,
      );
    } else if (fate < 0.75) {
      const refusal = { refusalGroundId: pick(refusalGrounds), refusedAt: actAt.toISOString(), onTime: true };
      app(ApplicationsEventTypes.refused, { ...facts, ...refusal }, actAt, id);
    } else if (fate < 0.9) {
      app(ApplicationsEventTypes.overdue, { ...facts, detectedAt: actAt.toISOString() }, actAt, id);
      if (atPsc && random() < 0.5) {
        app(ApplicationsEventTypes.handoverLate, { ...facts, detectedAt: actAt.toISOString() }, actAt, id);
      }
    }
    if (random() < 0.1) complaints.push(...complaintAbout(facts, pick, random));
  }
  for (let i = 0; i < Math.ceil(count / 10); i += 1) {
    const service = pick(services);
    const refusedAt = at(2 + (i % 20), 5);
    const refusalId = randomUUID();
    app(
      ApplicationsEventTypes.intakeRefused,
      {
        intakeRefusalId: refusalId,
        serviceId: service.id,
        standardId: randomUUID(),
        standardVersionId: randomUUID(),
        ownerOrganizationId: service.ownerId,
        providerOrganizationId: service.providerId,
        pscOrganizationId: org.psc,
        pscBranch: 'almaty-1',
        regionKato: service.regionKato,
        channel: 'psc',
        refusedAt: refusedAt.toISOString(),
        missingDocumentIds: [randomUUID()],
      },
      refusedAt,
      refusalId,
    );
    const ticketId = randomUUID();
    const calledAt = at(2 + (i % 20), 6);
    app(
      ApplicationsEventTypes.queueWaitExceeded,
      {
        ticketId,
        serviceId: service.id,
        standardVersionId: randomUUID(),
        pscOrganizationId: org.psc,
        pscBranch: 'almaty-1',
        regionKato: service.regionKato,
        purpose: pick(['applying', 'collecting'] as const),
        issuedAt: new Date(calledAt.getTime() - 1_800_000).toISOString(),
        calledAt: calledAt.toISOString(),
        waitMinutes: 30,
        maximumMinutes: 15,
      },
      calledAt,
      ticketId,
    );
  }
  return { applications, complaints };
}

/** A complaint filed (sometimes misaddressed first), decided at its first instance, sometimes escalated. */
function complaintAbout(
  application: ApplicationFactsV1,
  pick: <T>(list: readonly T[]) => T,
  random: () => number,
): EventEnvelope[] {
  const facts: ComplaintFactsV1 = {
    complaintId: randomUUID(),
    serviceId: application.serviceId,
    ownerOrganizationId: application.ownerOrganizationId,
    providerOrganizationId: application.providerOrganizationId,
    regionKato: application.regionKato,
    applicationId: application.applicationId,
    ground: 'term_missed',
    form: 'electronic',
    qualityAuthorityOrganizationId: org.qualityAuthority,
  };
  const events: EventEnvelope[] = [];
  const registeredAt = new Date(Date.UTC(2026, 6, 28, 4));
  const stage = (n: number, role: (typeof instanceRoles)[number] | null, competent: boolean) => ({
    ...facts,
    stage: n,
    instanceOrganizationId:
      role === null ? application.ownerOrganizationId : application.providerOrganizationId,
    instanceRole: role,
    registerNumber: `2026-${n}`,
    registeredAt: registeredAt.toISOString(),
    dueDate: competent ? '2026-08-04' : null,
    competent,
  });
  const push = (type: string, data: object): void => {
    events.push(testEnvelope('/kzps/complaints-svc', type, facts.complaintId, data, registeredAt));
  };
  // A misaddressed registration keeps its chain position; only `competent` tells it apart.
  if (random() < 0.2) push(ComplaintsEventTypes.registered, stage(1, null, false));
  const first = pick(['provider', 'local_executive_body'] as const);
  push(ComplaintsEventTypes.registered, stage(1, first, true));
  const decide = (n: number, role: (typeof instanceRoles)[number]): void => {
    const { competent: _competent, ...rest } = stage(n, role, true);
    push(ComplaintsEventTypes.decided, {
      ...rest,
      outcome: random() < 0.4 ? 'satisfied' : 'refused',
      decidedAt: '2026-07-30T04:00:00.000Z',
      onTime: true,
      measures: 0,
    });
  };
  decide(1, first);
  if (random() < 0.3) {
    push(ComplaintsEventTypes.registered, stage(2, 'owner', true));
    decide(2, 'owner');
  }
  return events;
}
