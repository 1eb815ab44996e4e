import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DEMO_ORGANIZATIONS } from '@kzps/auth/testing';
import { addDays, addMonths, localDateOf, startOfLocalDay, type LocalDate } from '@kzps/calendar';
import { CalendarStore } from '@kzps/calendar-store';
import { DomainError, Clock } from '@kzps/platform';
import { DemoCa, signDetached, type JsonValue } from '@kzps/signature';
import { plainToInstance } from 'class-transformer';
import { DataSource } from 'typeorm';
import { ApplicationsErrorCode } from '../applications/applications.errors';
import type { CallerIdentity } from '../common/identity';
import { ApplicationsConfig } from '../config';
import { CreateApplicationDto } from '../intake/dto/create-application.dto';
import { IntakeService } from '../intake/intake.service';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { resultSignedContent } from '../lifecycle/result-signature';
import { OrganizationRef } from '../read-model/organization-ref.entity';
import { ServiceRef } from '../read-model/service-ref.entity';
import { standardItemId } from '../read-model/standard-content-ids';
import { StandardsEventsConsumer } from '../read-model/standards-events.consumer';
import { DemoHistory } from './demo-history';
import { demoStandard, demoVersionId, isOwned } from './demo-standard';

const SEED_LOCK = 7_110_003;
const RETRY_MS = 2_000;
const SERVICES = 4;
/** How far back the demo's history of applications goes, in months, so a dashboard has a trend to show. */
const HISTORY_MONTHS = 6;
/** The overdue application was accepted this many calendar days ago: its 5-working-day term is long past. */
const OVERDUE_DAYS_AGO = 21;
const HOUR_MS = 3_600_000;

/** The embedded issuer's demo users (apps/gateway's DEMO_USERS): the same ids and identifiers. */
const DEMO_RECIPIENT_IIN = '900315401233';
const DEMO_BUSINESS_BIN = '190840004325';
const demoIdentity = (identity: Omit<CallerIdentity, 'expiresAt'>): CallerIdentity => ({
  ...identity,
  expiresAt: new Date(8.64e15),
});
const recipient = demoIdentity({
  subject: '0acf45b1-4a34-4d45-a22f-6c6a4df5236e',
  roles: ['recipient'],
  iin: DEMO_RECIPIENT_IIN,
});
const business = demoIdentity({
  subject: '3bfa6cfa-c12e-4301-a4f9-ba559948bbe1',
  roles: ['recipient'],
  bin: DEMO_BUSINESS_BIN,
});
const operator = demoIdentity({
  subject: '5662406b-9e18-4f25-a774-1692a475a663',
  roles: ['psc-operator'],
  organizationId: DEMO_ORGANIZATIONS.stateCorporation,
  pscId: 'psc-almaty-bostandyk-01',
});
const providerOfficer = demoIdentity({
  subject: '699f9741-b6f8-4136-8077-9a81056c34cd',
  roles: ['provider-officer'],
  organizationId: DEMO_ORGANIZATIONS.almatyAkimat,
});

const documents = (service: ServiceRef, count: number): string[] =>
  [...Array(count).keys()].map((i) => standardItemId(demoVersionId(service.id), 'documents', i));
/** The demo citizen at the demo operator's PSC, presenting `count` of the standard's three documents. */
const atPsc = (service: ServiceRef, count = 3): Record<string, JsonValue> => ({
  serviceId: service.id,
  channel: 'psc',
  providerOrganizationId: DEMO_ORGANIZATIONS.almatyAkimat,
  recipient: { iin: DEMO_RECIPIENT_IIN },
  documentIds: documents(service, count),
  identificationMethod: 'identity_document',
});
/** The demo business at the akimat's own desk. */
const atProviderDesk = (service: ServiceRef): Record<string, JsonValue> => ({
  serviceId: service.id,
  channel: 'provider',
  recipient: { bin: DEMO_BUSINESS_BIN },
  documentIds: documents(service, 3),
  identificationMethod: 'identity_document',
});
const paper = { form: 'paper_document' as const, documentNumber: 'ДЕМО-2026/001' };
/** A refusal on a ground of the demo standard (Art. 5.3.2). */
const refusalOf = (service: ServiceRef) => ({
  refusalGroundId: standardItemId(demoVersionId(service.id), 'refusal-grounds', 1),
  motivation: {
    kk: 'Демо: алушы қызмет стандартының талаптарына сәйкес келмейді',
    ru: 'Демо: услугополучатель не соответствует требованиям стандарта',
  },
});

/** Intake as a desk runs it; an incomplete set is refused and recorded (Art. 14.2), and that is demo data too. */
async function submitted(
  intake: IntakeService,
  caller: CallerIdentity,
  body: Record<string, JsonValue>,
): Promise<string | null> {
  try {
    return (await intake.submit(caller, plainToInstance(CreateApplicationDto, body), body)).applicationId;
  } catch (error) {
    if (error instanceof DomainError && error.code === ApplicationsErrorCode.DOCUMENTS_INCOMPLETE)
      return null;
    throw error;
  }
}

interface DemoWorld {
  services: ServiceRef[];
  /** The Ministry of Labour's service the akimat delivers: its complaints go akimat → ministry → authority. */
  labour: ServiceRef;
  specialisedPsc: OrganizationRef | null;
  akimatBin: string | null;
}

/**
 * Demo applications for the embedded run (SEED_DEMO_DATA, set by `npm start`): once the demo registry's
 * services of the Almaty akimat (the demo provider officer's organisation) have arrived by events, it puts a
 * demo standard in force for four of them (demo-standard.ts) and takes applications through the real intake
 * and lifecycle, so each writes its history, events and audit as any other: every channel (PSC, specialised
 * PSC, the provider's desk, the portal when the run's demo CA is there to sign) and every status (accepted,
 * in work, result ready, issued, refused, withdrawn, an intake refusal, a fee awaiting payment). Then
 * `HISTORY_MONTHS` of the past, dated by `DemoHistory`: results on time and late, refusals, and an application
 * of the Ministry of Labour's service left in work past its term, which the deadline watcher raises overdue.
 * It seeds only a database without applications, under an advisory lock, so replicas and restarts seed once.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DemoSeeder.name);
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly config: ApplicationsConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly standards: StandardsEventsConsumer,
    private readonly intake: IntakeService,
    private readonly lifecycle: LifecycleService,
    private readonly history: DemoHistory,
    private readonly calendar: CalendarStore,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.SEED_DEMO_DATA) this.schedule(0);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.seed().then(
        (done) => {
          if (!done) this.schedule(RETRY_MS);
        },
        (error: unknown) => {
          this.logger.warn(`demo applications not seeded yet: ${String(error)}`);
          this.schedule(RETRY_MS);
        },
      );
    }, delayMs);
    this.timer.unref();
  }

  /**
   * Seeds when it can: false while the registry's demo services have not arrived; true once seeded, or when
   * applications already exist (nothing to do).
   */
  async seed(): Promise<boolean> {
    const world = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const [{ count }] = await manager.query<Array<{ count: string }>>(
        'SELECT count(*) AS count FROM application',
      );
      if (Number(count) > 0) return 'seeded' as const;
      const labour = await manager
        .createQueryBuilder(ServiceRef, 'service')
        .where(`service.status = 'included'`)
        .andWhere('service.owner_id = :labour', { labour: DEMO_ORGANIZATIONS.ministryOfLabour })
        .andWhere(':akimat = ANY(service.provider_ids)', { akimat: DEMO_ORGANIZATIONS.almatyAkimat })
        .orderBy('service.code')
        .getOne();
      if (!labour || !isOwned(labour)) return null;
      // Art. 7.1: the akimat delivers these services; the central body the registry names develops each
      // standard, so only entries naming one get a demo standard.
      const owned = await manager
        .createQueryBuilder(ServiceRef, 'service')
        .innerJoin(
          OrganizationRef,
          'owner',
          'owner.id = service.owner_id AND owner.registry_kind = :central',
          {
            central: 'central-state-body',
          },
        )
        .where(`service.status = 'included'`)
        .andWhere(':akimat = ANY(service.provider_ids)', { akimat: DEMO_ORGANIZATIONS.almatyAkimat })
        .andWhere('service.id <> :labour', { labour: labour.id })
        .orderBy('service.code')
        .take(SERVICES)
        .getMany();
      const services = owned.filter(isOwned);
      const akimat = await manager.findOne(OrganizationRef, {
        where: { id: DEMO_ORGANIZATIONS.almatyAkimat },
      });
      const psc = await manager.findOne(OrganizationRef, {
        where: { id: DEMO_ORGANIZATIONS.stateCorporation },
      });
      if (services.length < SERVICES || !akimat || !psc) return null;
      // In force since before the history's first application.
      const since = startOfLocalDay(addMonths(localDateOf(this.clock.now()), -HISTORY_MONTHS - 1));
      for (const [index, service] of [...services, labour].entries()) {
        await this.standards.recordVersion(manager, demoStandard(service, since, { paid: index === 1 }));
      }
      const specialisedPsc = await manager.findOne(OrganizationRef, {
        where: { registryKind: 'specialised-psc', active: true },
        order: { id: 'ASC' },
      });
      return { services, labour, specialisedPsc, akimatBin: akimat.bin } satisfies DemoWorld;
    });
    if (world === 'seeded') return true;
    if (world === null) return false;
    const made = (await this.applications(world)) + (await this.past(world));
    this.logger.log(`demo applications loaded: ${made}`);
    return true;
  }

  private async applications({ services, specialisedPsc, akimatBin }: DemoWorld): Promise<number> {
    const [free, paid, third, fourth] = services as [ServiceRef, ServiceRef, ServiceRef, ServiceRef];
    const ca = this.config.DEMO_SIGNATURE_CA_DIR
      ? await DemoCa.open(this.config.DEMO_SIGNATURE_CA_DIR, this.clock.now())
      : undefined;
    let made = 0;
    const submit = (caller: CallerIdentity, body: Record<string, JsonValue>): Promise<string | null> => {
      made += 1;
      return submitted(this.intake, caller, body);
    };

    // At the PSC: one in each status of the way to the result, and an incomplete set refused at intake.
    await submit(operator, atPsc(free));
    const inWork = await submit(operator, atPsc(free));
    if (inWork) await this.lifecycle.startWork(providerOfficer, inWork);
    const ready = await submit(operator, atPsc(third));
    if (ready) await this.lifecycle.recordResult(providerOfficer, ready, paper);
    const issued = await submit(operator, atPsc(fourth));
    if (issued) {
      await this.lifecycle.recordResult(providerOfficer, issued, paper);
      await this.lifecycle.handOut(operator, issued);
    }
    await submit(operator, atPsc(free, 2));
    // At the provider's desk, for the demo business: refused on a ground of its standard (Art. 5.3.2).
    const refused = await submit(providerOfficer, atProviderDesk(third));
    if (refused) await this.lifecycle.refuse(providerOfficer, refused, refusalOf(third));
    // At a specialised PSC, when the registry lists one.
    if (specialisedPsc) {
      await submit(demoIdentity({ ...operator, organizationId: specialisedPsc.id, pscId: 'spec-psc-01' }), {
        ...atPsc(fourth),
        channel: 'specialised_psc',
      });
    }
    if (!ca) return made;

    // On the portal, signed with the run's demo CA: withdrawn; a paid service's result awaiting the fee; and
    // an electronic result the akimat signed, issued to the business's cabinet at once.
    const portal = async (
      caller: CallerIdentity,
      holder: { iin?: string; bin?: string },
      service: ServiceRef,
    ): Promise<string | null> => {
      const body: Record<string, JsonValue> = {
        serviceId: service.id,
        channel: 'electronic',
        providerOrganizationId: DEMO_ORGANIZATIONS.almatyAkimat,
        documentIds: documents(service, 2),
      };
      const key = await ca.issue({ ...holder, now: this.clock.now() });
      return submit(caller, {
        ...body,
        signature: await signDetached(body, key, { signingTime: this.clock.now() }),
      });
    };
    const withdrawn = await portal(recipient, { iin: DEMO_RECIPIENT_IIN }, free);
    if (withdrawn) await this.lifecycle.withdraw(recipient, withdrawn);
    const awaitingFee = await portal(recipient, { iin: DEMO_RECIPIENT_IIN }, paid);
    if (awaitingFee) await this.lifecycle.recordResult(providerOfficer, awaitingFee, paper);
    const electronic = await portal(business, { bin: DEMO_BUSINESS_BIN }, free);
    if (electronic && akimatBin) {
      const documentSha256 = createHash('sha256').update(`demo result ${electronic}`).digest('hex');
      const key = await ca.issue({ bin: akimatBin, now: this.clock.now() });
      await this.lifecycle.recordResult(providerOfficer, electronic, {
        form: 'electronic_document',
        documentSha256,
        providerSignature: await signDetached(resultSignedContent(electronic, documentSha256), key, {
          signingTime: this.clock.now(),
        }),
      });
    }
    return made;
  }
  /**
   * The akimat's past months, dated by `DemoHistory` on working days of the service's calendar copy: each month
   * a result on time and one late at the PSC (both handed out), a refusal at its desk, every other month an
   * incomplete set refused at intake; and three weeks ago the Ministry of Labour's service taken into work and
   * never finished, which the deadline watcher then raises overdue (Art. 8.5) as it would any other.
   */
  private async past({ services, labour }: DemoWorld): Promise<number> {
    const [free, , third] = services as [ServiceRef, ServiceRef, ServiceRef];
    const calendar = this.calendar.current();
    const today = localDateOf(this.clock.now());
    const at = (date: LocalDate, hour: number): Date =>
      new Date(startOfLocalDay(date).getTime() + hour * HOUR_MS);
    let made = 0;
    const submitOn = (instant: Date, caller: CallerIdentity, body: Record<string, JsonValue>) =>
      this.history.on(instant, ({ intake }) => {
        made += 1;
        return submitted(intake, caller, body);
      });
    const resultHandedOut = async (id: string | null, day: LocalDate): Promise<void> => {
      if (!id) return;
      await this.history.on(at(day, 15), ({ lifecycle }) =>
        lifecycle.recordResult(providerOfficer, id, paper),
      );
      await this.history.on(at(day, 16), ({ lifecycle }) => lifecycle.handOut(operator, id));
    };

    for (let back = HISTORY_MONTHS; back >= 1; back -= 1) {
      const day = calendar.nextWorkingDayFrom(addMonths(today, -back));
      const nextDay = calendar.addWorkingDays(day, 1);
      await resultHandedOut(await submitOn(at(day, 10), operator, atPsc(free)), nextDay);
      const late = await submitOn(at(day, 11), operator, atPsc(third));
      if (late) {
        const { dueDate } = await this.history.on(at(nextDay, 10), ({ lifecycle }) =>
          lifecycle.startWork(providerOfficer, late),
        );
        await resultHandedOut(late, calendar.addWorkingDays(dueDate, 2));
      }
      const refused = await submitOn(at(day, 12), providerOfficer, atProviderDesk(third));
      if (refused) {
        await this.history.on(at(nextDay, 12), ({ lifecycle }) =>
          lifecycle.refuse(providerOfficer, refused, refusalOf(third)),
        );
      }
      if (back % 2 === 0) await submitOn(at(day, 14), operator, atPsc(free, 2));
    }

    const acceptedOn = calendar.nextWorkingDayFrom(addDays(today, -OVERDUE_DAYS_AGO));
    const overdue = await submitOn(at(acceptedOn, 10), operator, atPsc(labour));
    if (overdue) {
      await this.history.on(at(calendar.addWorkingDays(acceptedOn, 1), 10), ({ lifecycle }) =>
        lifecycle.startWork(providerOfficer, overdue),
      );
    }
    return made;
  }
}
