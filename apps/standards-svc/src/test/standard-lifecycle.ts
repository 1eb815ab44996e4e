import type { IdentityClaimsInput } from '@kzps/auth';
import { localDateOf } from '@kzps/calendar';
import { eventually, type TestClock } from '@kzps/testing';
import type { Kafka } from 'kafkajs';
import type { StandardContent } from '../standards/standard-content';
import { type caller, publish, registryTopics, serviceIncluded, type TestService } from './harness';

/** How far a fresh standard is brought through its path (Art. 7, 9): each state includes the ones before. */
export type StandardStage = 'included' | 'in_discussion' | 'agreement' | 'registration' | 'in_force';

const stageOrder: StandardStage[] = ['included', 'in_discussion', 'agreement', 'registration', 'in_force'];

export interface LifecycleDriver {
  call: ReturnType<typeof caller>;
  clock: TestClock;
  kafka: Kafka;
}

export interface StandardJourney {
  service: TestService;
  includedAt: Date;
  stage: StandardStage;
  owner: IdentityClaimsInput;
  content: StandardContent;
  /** The officer who decides for the body an approval asks (Art. 7.1-7.3). */
  approverOf?: (approval: { kind: string; organizationId: string }) => IdentityClaimsInput;
  /** When the notice, the approvals and the registration happen; a minute after the window when absent. */
  noticeAt?: Date;
  registrar?: IdentityClaimsInput;
  registrationNumber?: string;
}

interface Approval {
  id: string;
  kind: string;
  organizationId: string;
  status: string;
}

/** The central body's order approving a version, dated the clock's day in Kazakhstan (Art. 7.1). */
export function approvingAct(
  clock: TestClock,
  date = localDateOf(clock.now()),
): { kind: string; number: string; date: string; title: { kk: string; ru: string } } {
  return {
    kind: 'order',
    number: `${date.replaceAll('-', '')}-1`,
    date,
    title: { kk: 'Стандартты бекіту туралы', ru: 'Об утверждении стандарта' },
  };
}

/**
 * Includes the service and brings its standard to `stage` through the API alone, the way its officers do:
 * the draft and discussion a day after inclusion, the notice a minute after the window (or at `noticeAt`),
 * every body's approval and the registration on that day. The clock is left where the last step put it.
 */
export async function standardAt(driver: LifecycleDriver, journey: StandardJourney): Promise<string> {
  const { call, clock } = driver;
  const reached = (stage: StandardStage): boolean =>
    stageOrder.indexOf(journey.stage) >= stageOrder.indexOf(stage);
  const step = async (what: string, response: Promise<{ statusCode: number; body: string }>) => {
    const answer = await response;
    if (answer.statusCode >= 300) throw new Error(`${what}: ${answer.statusCode} ${answer.body}`);
    return answer;
  };

  await publish(driver.kafka, registryTopics.services, [
    serviceIncluded(journey.service, journey.includedAt),
  ]);
  const id = await eventually(async () => {
    const page = (await call('GET', `/api/v1/standards?serviceId=${journey.service.id}`)).json<{
      items: Array<{ id: string }>;
    }>();
    return page.items[0]?.id;
  }, `the standard of service ${journey.service.id}`);
  if (!reached('in_discussion')) return id;

  clock.set(new Date(journey.includedAt.getTime() + 86_400_000));
  const { owner } = journey;
  await step('the draft', call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: journey.content }));
  const opened = await step('the discussion', call('POST', `/api/v1/standards/${id}/discussion`, owner));
  if (!reached('agreement')) return id;

  const endsAt = JSON.parse(opened.body) as { window: { endsAt: string } };
  clock.set(journey.noticeAt ?? new Date(Date.parse(endsAt.window.endsAt) + 60_000));
  await step(
    'the notice',
    call('POST', `/api/v1/standards/${id}/discussion/notice`, owner, {
      revisedDraftUrl: `https://legalacts.egov.kz/npa/view?id=${journey.service.id}`,
    }),
  );
  if (!reached('registration')) return id;

  const approverOf = journey.approverOf;
  if (!approverOf) throw new Error('an approver for each body is needed past the agreement');
  const approvals = (await call('GET', `/api/v1/standards/${id}/approvals?size=100`, owner)).json<{
    items: Approval[];
  }>().items;
  for (const approval of approvals.filter((a) => a.status === 'pending'))
    await step(
      `the ${approval.kind} approval`,
      call('POST', `/api/v1/standards/${id}/approvals/${approval.id}/decision`, approverOf(approval), {
        decision: 'approved',
      }),
    );
  if (!reached('in_force')) return id;

  if (!journey.registrar) throw new Error('a registrar is needed to bring a standard into force');
  // Art. 7.1: the minister's order approves the agreed version the same day, stating it enters into force
  // that day; the ministry registers it, and it is published then (Law "On legal acts").
  const today = localDateOf(clock.now());
  await step(
    'the approving act',
    call('PUT', `/api/v1/standards/${id}/approving-act`, owner, { ...approvingAct(clock), inForceOn: today }),
  );
  await step(
    'the registration',
    call('POST', `/api/v1/standards/${id}/registration`, journey.registrar, {
      number: journey.registrationNumber ?? journey.service.id.slice(0, 8),
      // Registered on the day, in Kazakhstan, the last body agreed.
      date: today,
    }),
  );
  await step(
    'the publication',
    call('PUT', `/api/v1/standards/${id}/publication`, owner, publishedOn(today)),
  );
  return id;
}

/** The act's first official publication in the Reference Control Bank on `date` (Law "On legal acts"). */
export function publishedOn(date: string): { source: string; firstPublishedOn: string } {
  return { source: 'reference_control_bank', firstPublishedOn: date };
}
