import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DEMO_ORGANIZATIONS, DEMO_RECIPIENTS } from '@kzps/auth/testing';
import { localDateOf } from '@kzps/calendar';
import { inOneTransaction } from '@kzps/db';
import { Clock } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { ComplaintView } from '../complaints/complaint-view';
import { FilingService } from '../complaints/filing.service';
import { RecordsService } from '../complaints/records.service';
import { RequirementsService } from '../complaints/requirements.service';
import { ReviewService } from '../complaints/review.service';
import { ComplaintsConfig } from '../config';
import { demoActors, demoComplaints, demoTexts, type DemoComplaint } from './demo-complaints';

const SEED_LOCK = 7_110_004;
/** How often a replica looks whether the demo registry has reached its read model. */
const POLL_MS = 2_000;

/** The two demo services of the Ministry of Labour the complaints are about, from the read model. */
interface DemoServices {
  akimat: string;
  ministry: string;
}

/**
 * Files the demo complaints (./demo-complaints.ts) through the service's own filing and review, as the citizen
 * and the demo officers would, once SEED_DEMO_DATA is on, no complaint is registered and the registry's demo
 * organisations and services have reached the read model (they arrive as events after the registry seeds).
 * One transaction under an advisory lock: replicas starting together seed once, and a failure leaves nothing.
 * Every step writes its events through the outbox, so monitoring-svc counts the demo complaints too.
 */
@Injectable()
export class DemoComplaintsSeeder implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DemoComplaintsSeeder.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly config: ComplaintsConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly filing: FilingService,
    private readonly review: ReviewService,
    private readonly records: RecordsService,
    private readonly requirements: RequirementsService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.SEED_DEMO_DATA) return;
    this.timer = setInterval(() => this.attempt(), POLL_MS);
    this.timer.unref();
    this.attempt();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopPolling();
    await this.running;
  }

  private stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private attempt(): void {
    this.running ??= this.seed()
      .then((seeded) => {
        if (seeded === 'waiting') return;
        this.stopPolling();
        if (seeded > 0) this.logger.log(`demo complaints filed: ${seeded}`);
      })
      .catch((error: unknown) => {
        // Not retried: the read model was complete, so the same error would come back every poll.
        this.stopPolling();
        this.logger.error({ err: error }, 'demo complaints not filed');
      })
      .finally(() => {
        this.running = undefined;
      });
  }

  /** How many complaints it filed (0 when the register already had some), or 'waiting' for the registry. */
  seed(): Promise<number | 'waiting'> {
    return inOneTransaction(this.dataSource, async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const [present] = await manager.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM complaint');
      if ((present?.n ?? 0) > 0) return 0;
      const services = await demoServices(manager);
      if (!services) return 'waiting';
      for (const complaint of demoComplaints) await this.file(complaint, services);
      return demoComplaints.length;
    });
  }

  private async file(demo: DemoComplaint, services: DemoServices): Promise<void> {
    const { citizen, akimat, ministry, quality } = demoActors(this.clock.now());
    const paper = demo.stage === 'paper_redirected';
    const filed = await this.filing.file(paper ? ministry : citizen, {
      serviceId: services[demo.service],
      providerId:
        demo.service === 'akimat' ? DEMO_ORGANIZATIONS.almatyAkimat : DEMO_ORGANIZATIONS.ministryOfLabour,
      ground: demo.ground,
      description: demo.description,
      ...(paper
        ? { complainantIdNumber: DEMO_RECIPIENTS.citizenIin, paperReference: demoTexts.paperReference }
        : {}),
    });
    const { id } = filed;
    const refused = (by: typeof akimat, reasons: typeof demoTexts.refusedByAkimat) =>
      this.review.decide(by, id, { outcome: 'refused', reasons });
    switch (demo.stage) {
      case 'registered':
        return;
      case 'extended':
        await this.review.extend(akimat, id, {
          reason: 'information_from_other_providers',
          explanation: demoTexts.extension,
          workingDays: 5,
        });
        return;
      case 'satisfied_with_measures':
        await this.review.decide(akimat, id, {
          outcome: 'satisfied',
          reasons: demoTexts.satisfied,
          measures: [{ text: demoTexts.measure, dueDate: dueDateOf(filed) }],
        });
        return;
      case 'escalated_to_owner':
        await refused(akimat, demoTexts.refusedByAkimat);
        await this.review.escalate(citizen, id);
        return;
      case 'requirement_issued': {
        await refused(akimat, demoTexts.refusedByAkimat);
        await this.review.escalate(citizen, id);
        await refused(ministry, demoTexts.refusedByMinistry);
        const atQuality = await this.review.escalate(citizen, id);
        await this.review.decide(quality, id, {
          outcome: 'satisfied',
          reasons: demoTexts.satisfiedByQuality,
          causes: demoTexts.causes,
          measures: [{ text: demoTexts.requirement, dueDate: dueDateOf(atQuality) }],
        });
        await this.requirements.issue(quality, id, {
          addresseeId: DEMO_ORGANIZATIONS.almatyAkimat,
          text: demoTexts.requirement,
          dueDate: dueDateOf(atQuality),
        });
        return;
      }
      case 'in_court':
        await this.records.recordCourt(citizen, id, {
          court: demoTexts.court,
          filedOn: localDateOf(this.clock.now()),
        });
        return;
      case 'withdrawn':
        await this.records.withdraw(citizen, id);
        return;
      case 'paper_redirected':
        await this.review.redirect(ministry, id);
        return;
    }
  }
}

/** The current registration's last day: the demo's measures and requirement fall due with the term. */
function dueDateOf(view: ComplaintView): string {
  const dueDate = view.stages[0]?.dueDate;
  if (!dueDate) throw new Error(`complaint ${view.id} has no term at its current instance`);
  return dueDate;
}

/**
 * The Ministry of Labour's services the demo is about, once the registry's events brought them with the bodies
 * of their chains: one the Almaty akimat delivers, one the ministry delivers itself.
 */
async function demoServices(manager: EntityManager): Promise<DemoServices | undefined> {
  const { almatyAkimat, ministryOfLabour, civilServiceAgency } = DEMO_ORGANIZATIONS;
  const bodies = await manager.query<Array<{ id: string }>>(
    `SELECT id FROM organization_ref WHERE active AND id = ANY($1::uuid[])
       AND (id <> $2 OR 'quality-authority' = ANY(roles))`,
    [[almatyAkimat, ministryOfLabour, civilServiceAgency], civilServiceAgency],
  );
  if (bodies.length < 3) return undefined;
  const serviceOf = async (provider: string): Promise<string | undefined> => {
    const [row] = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM service_ref WHERE owner_id = $1 AND $2 = ANY(provider_ids) ORDER BY code LIMIT 1`,
      [ministryOfLabour, provider],
    );
    return row?.id;
  };
  const akimat = await serviceOf(almatyAkimat);
  const ministry = await serviceOf(ministryOfLabour);
  return akimat && ministry ? { akimat, ministry } : undefined;
}
