import { createHash, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { eventually } from '@kzps/testing';
import { isAmbiguous, type Answer, type GatewayClient } from './client';
import { root } from './system';

/** The demo recipient (README "Signing in locally"). */
const RECIPIENT_IIN = '900315401233';
type User = 'recipient' | 'operator' | 'provider';
/** Tokens live 15 minutes (the embedded issuer); the long profile signs in again well before. */
const TOKEN_REFRESH_MS = 10 * 60_000;
/** A write the system did not decide on is sent again (same Idempotency-Key) this many times at most. */
const MAX_ATTEMPTS = 8;

type Status = 'accepted' | 'in_work' | 'result_ready' | 'issued';

interface Holder {
  readonly certificate: unknown;
}
interface SigningCa {
  issue(holder: { iin?: string; bin?: string; now: Date }): Promise<Holder>;
}
/**
 * The demo CA and the signer demo-sign.mjs uses (README "Signing electronic requests locally"), from the
 * build npm start made: the signature library is not the harness's to import, its built demo tool is.
 */
function demoSigning(): {
  open(dir: string, now: Date): Promise<SigningCa>;
  sign(body: object, holder: Holder, now: Date): Promise<string>;
} {
  const load = createRequire(__filename);
  const { DemoCa } = load(join(root, 'dist/libs/signature/src/demo/demo-ca.js')) as {
    DemoCa: { open(dir: string, now: Date): Promise<SigningCa> };
  };
  const { signDetached } = load(join(root, 'dist/libs/signature/src/testing/test-pki.js')) as {
    signDetached(body: object, holder: Holder, options: { signingTime: Date }): Promise<string>;
  };
  return {
    open: (dir, now) => DemoCa.open(dir, now),
    sign: (body, holder, now) => signDetached(body, holder, { signingTime: now }),
  };
}

/** An application the workload created, as the answers it got say it stands. */
export interface TrackedApplication {
  id: string;
  trackingNumber: string;
  channel: 'electronic' | 'psc';
  /** The status the last decided answer left it in. */
  status: Status;
  /** A step sent and never decided: the application is in `status` or this one. */
  undecided?: Status;
  busy: boolean;
}

/** A write sent with an Idempotency-Key and the answer it finally got. */
export interface KeyedWrite {
  kind: 'application' | 'complaint';
  key: string;
  status: number | undefined;
  code?: string;
  /** The id a 201 answered. */
  id?: string;
  attempts: number;
}

export interface WorkloadRecord {
  writes: KeyedWrite[];
  applications: TrackedApplication[];
  steps: { decided: number; undecided: number; resolvedByRead: number };
  /** Reads of something a 201 answered that did not find it (lost writes). */
  lostReads: string[];
  /** Operations the harness skipped because too many were in flight (the rate is open-loop, bounded). */
  shed: number;
}

type Application = {
  id: string;
  status: string;
  serviceId: string;
  providerOrganizationId: string;
  fee: unknown;
};
type Page<T> = { items: T[]; total: number };

/**
 * The mixed workload, at a fixed rate: each tick starts the next operation of a fixed cycle (citizens submitting
 * signed applications and checking them, an operator accepting at a PSC, the provider taking them through work
 * to the result, the PSC issuing, registry searches, complaints), unless too many are still in flight.
 */
export class Workload {
  readonly record: WorkloadRecord = {
    writes: [],
    applications: [],
    steps: { decided: 0, undecided: 0, resolvedByRead: 0 },
    lostReads: [],
    shed: 0,
  };
  private tokens = new Map<User, { token: string; at: number }>();
  private electronic!: { serviceId: string; providerOrganizationId: string; documentIds: string[] };
  private psc!: { serviceId: string; providerOrganizationId: string; documentIds: string[] };
  private complaint!: { serviceId: string; providerId: string };
  private providerBin!: string;
  private signing!: ReturnType<typeof demoSigning>;
  private recipientHolder!: Holder;
  private providerHolder!: Holder;
  private inFlight = 0;
  private tick = 0;
  private readonly searches = ['тіркеу', 'регистрация', 'әлеуметтік', 'пособие', 'анықтама', 'справка'];

  constructor(
    private readonly client: GatewayClient,
    private readonly dataDir: string,
    private readonly maxInFlight: number,
  ) {}

  /** The demo user's token from the embedded issuer (README "Signing in locally"), taken again before it expires. */
  private async token(user: User): Promise<string> {
    const held = this.tokens.get(user);
    if (held && Date.now() - held.at < TOKEN_REFRESH_MS) return held.token;
    const token = await eventually(
      async () => {
        const response = await fetch(`${this.client.baseUrl}/auth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ grant_type: 'password', username: user, password: 'demo' }),
          signal: AbortSignal.timeout(10_000),
        });
        return response.ok && ((await response.json()) as { access_token: string }).access_token;
      },
      `a token for ${user}`,
      { timeoutMs: 120_000, intervalMs: 1_000 },
    );
    this.tokens.set(user, { token, at: Date.now() });
    return token;
  }

  /** What the workload needs from the seeded demo: services with a standard in force, their documents. */
  async prepare(): Promise<void> {
    const provider = await this.token('provider');
    const seeded = await eventually(
      async () => {
        const page = await this.client.call<Page<Application>>(
          'GET /api/v1/applications',
          'GET',
          '/api/v1/applications?size=100',
          {
            token: provider,
          },
        );
        const statuses = new Set(page.body?.items.map((a) => a.status));
        return (
          page.status === 200 && ['refused', 'issued', 'withdrawn'].every((s) => statuses.has(s)) && page.body
        );
      },
      "applications-svc's demo applications",
      { timeoutMs: 180_000, intervalMs: 1_000 },
    );
    const free = seeded.items.find((a) => a.fee === null) ?? seeded.items[0];
    if (!free) throw new Error('no demo application to take a service from');
    const documentsOf = async (serviceId: string): Promise<string[]> => {
      const standard = await this.client.call<{ documents: Array<{ id: string }> }>(
        'GET /api/v1/applications/services/{id}/standard',
        'GET',
        `/api/v1/applications/services/${serviceId}/standard`,
      );
      return standard.body?.documents.map((d) => d.id) ?? [];
    };
    this.electronic = {
      serviceId: free.serviceId,
      providerOrganizationId: free.providerOrganizationId,
      documentIds: (await documentsOf(free.serviceId)).slice(0, 2),
    };
    this.psc = { ...this.electronic, documentIds: await documentsOf(free.serviceId) };
    const organization = await this.client.call<{ bin: string }>(
      'GET /api/v1/registry/organizations/{id}',
      'GET',
      `/api/v1/registry/organizations/${free.providerOrganizationId}`,
    );
    this.providerBin = organization.body?.bin ?? '';

    // Complaints about social assistance (04.01-001) received at the Almaty akimat, as the demo's own.
    const recipient = await this.token('recipient');
    await eventually(
      async () => {
        const mine = await this.client.call<Page<unknown>>(
          'GET /api/v1/complaints',
          'GET',
          '/api/v1/complaints/mine?size=1',
          {
            token: recipient,
          },
        );
        return mine.status === 200 && (mine.body?.total ?? 0) >= 8;
      },
      "complaints-svc's demo complaints",
      { timeoutMs: 180_000, intervalMs: 1_000 },
    );
    const services = await this.client.call<Page<{ id: string; code: string }>>(
      'GET /api/v1/registry/services',
      'GET',
      '/api/v1/registry/services?size=200',
    );
    const organizations = await this.client.call<Page<{ id: string; bin: string }>>(
      'GET /api/v1/registry/organizations',
      'GET',
      '/api/v1/registry/organizations?size=100',
    );
    this.complaint = {
      serviceId: services.body?.items.find((s) => s.code === '04.01-001')?.id ?? '',
      providerId: organizations.body?.items.find((o) => o.bin === '990140100013')?.id ?? '',
    };
    const missing = Object.entries({ ...this.electronic, ...this.complaint, bin: this.providerBin }).filter(
      ([, value]) => value === '' || (Array.isArray(value) && value.length === 0),
    );
    if (missing.length > 0)
      throw new Error(`the demo data lacks ${missing.map(([name]) => name).join(', ')}`);

    this.signing = demoSigning();
    const ca = await this.signing.open(join(this.dataDir, 'signature'), new Date());
    this.recipientHolder = await ca.issue({ iin: RECIPIENT_IIN, now: new Date() });
    this.providerHolder = await ca.issue({ bin: this.providerBin, now: new Date() });
  }

  /** Runs the cycle at `rate` operations a second until `until()` says stop; waits for what is in flight. */
  async run(rate: number, until: () => boolean): Promise<void> {
    const cycle: Array<() => Promise<void>> = [
      () => this.submitElectronic(),
      () => this.search(),
      () => this.acceptAtPsc(true),
      () => this.checkStatus(),
      () => this.providerStep(),
      () => this.fileComplaint(),
      () => this.readOwn(),
      () => this.search(),
      () => this.providerStep(),
      () => this.issueAtPsc(),
      () => this.acceptAtPsc(false),
      () => this.checkStatus(),
    ];
    const pending = new Set<Promise<void>>();
    const intervalMs = 1000 / rate;
    let next = Date.now();
    while (!until()) {
      if (this.inFlight >= this.maxInFlight) this.record.shed += 1;
      else {
        const operation = cycle[this.tick % cycle.length] as () => Promise<void>;
        this.inFlight += 1;
        const done: Promise<void> = operation()
          .catch((error: unknown) => {
            this.record.lostReads.push(
              `harness error: ${error instanceof Error ? error.message : String(error)}`,
            );
          })
          .finally(() => {
            this.inFlight -= 1;
            pending.delete(done);
          });
        pending.add(done);
      }
      this.tick += 1;
      next += intervalMs;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
    }
    await Promise.all(pending);
  }

  /** A keyed write, sent again with the same key while the answer is undecided (as a client should). */
  private async keyed<T>(
    kind: KeyedWrite['kind'],
    operation: string,
    path: string,
    token: () => Promise<string>,
    body: () => Promise<object>,
  ): Promise<{ write: KeyedWrite; answer: Answer<T> }> {
    const key = randomUUID();
    const payload = await body();
    let answer: Answer<T> = { status: undefined, body: undefined };
    let attempts = 0;
    while (attempts < MAX_ATTEMPTS) {
      attempts += 1;
      answer = await this.client.call<T>(operation, 'POST', path, {
        token: await token(),
        body: payload,
        headers: { 'idempotency-key': key },
      });
      if (!isAmbiguous(answer)) break;
      await new Promise((resolve) => setTimeout(resolve, Math.min(8_000, 1_000 * attempts)));
    }
    const write: KeyedWrite = {
      kind,
      key,
      status: isAmbiguous(answer) ? undefined : answer.status,
      ...(answer.code ? { code: answer.code } : {}),
      attempts,
    };
    this.record.writes.push(write);
    return { write, answer };
  }

  private async submitElectronic(): Promise<void> {
    const request = { ...this.electronic, channel: 'electronic' };
    const { write, answer } = await this.keyed<{ applicationId: string; trackingNumber: string }>(
      'application',
      'POST /api/v1/applications (electronic)',
      '/api/v1/applications',
      () => this.token('recipient'),
      async () => ({
        ...request,
        signature: await this.signing.sign(request, this.recipientHolder, new Date()),
      }),
    );
    if (write.status === 201 && answer.body) this.track(write, answer.body, 'electronic');
  }

  private async acceptAtPsc(complete: boolean): Promise<void> {
    const { write, answer } = await this.keyed<{ applicationId: string; trackingNumber: string }>(
      'application',
      complete ? 'POST /api/v1/applications (psc)' : 'POST /api/v1/applications (psc, documents missing)',
      '/api/v1/applications',
      () => this.token('operator'),
      () =>
        Promise.resolve({
          ...this.psc,
          documentIds: complete ? this.psc.documentIds : this.psc.documentIds.slice(0, 1),
          channel: 'psc',
          recipient: { iin: RECIPIENT_IIN },
          identificationMethod: 'identity_document',
        }),
    );
    if (write.status === 201 && answer.body) this.track(write, answer.body, 'psc');
  }

  private track(
    write: KeyedWrite,
    body: { applicationId: string; trackingNumber: string },
    channel: 'electronic' | 'psc',
  ): void {
    write.id = body.applicationId;
    this.record.applications.push({
      id: body.applicationId,
      trackingNumber: body.trackingNumber,
      channel,
      status: 'accepted',
      busy: false,
    });
  }

  private async fileComplaint(): Promise<void> {
    const { write, answer } = await this.keyed<{ id: string }>(
      'complaint',
      'POST /api/v1/complaints',
      '/api/v1/complaints',
      () => this.token('recipient'),
      () =>
        Promise.resolve({
          ...this.complaint,
          ground: 'refusal',
          description: 'Құжаттар толық болса да бас тартылды / Отказали, хотя документы были полными',
        }),
    );
    if (write.status === 201 && answer.body) write.id = answer.body.id;
  }

  private async search(): Promise<void> {
    const q = this.searches[this.tick % this.searches.length] ?? '';
    await this.client.call(
      'GET /api/v1/registry/services?q=',
      'GET',
      `/api/v1/registry/services?q=${encodeURIComponent(q)}&size=5`,
    );
  }

  /** Anyone holding the number sees the status: a 201 it answered must be found, whatever died since. */
  private async checkStatus(): Promise<void> {
    const known = this.record.applications;
    const application = known[this.tick % Math.max(1, known.length)];
    if (!application) return;
    const answer = await this.client.call(
      'GET /api/v1/applications/status/{trackingNumber}',
      'GET',
      `/api/v1/applications/status/${application.trackingNumber}`,
    );
    if (answer.status === 404)
      this.record.lostReads.push(`tracking number ${application.trackingNumber} not found`);
  }

  private async readOwn(): Promise<void> {
    const mine = this.record.applications.filter((a) => a.channel === 'electronic');
    const application = mine[this.tick % Math.max(1, mine.length)];
    if (!application) return;
    const answer = await this.client.call(
      'GET /api/v1/applications/{id}',
      'GET',
      `/api/v1/applications/${application.id}`,
      {
        token: await this.token('recipient'),
      },
    );
    if (answer.status === 404)
      this.record.lostReads.push(`application ${application.id} not found by its recipient`);
  }

  /** The provider's officer takes the oldest accepted application into work, else records the oldest result. */
  private async providerStep(): Promise<void> {
    const pick = (status: Status): TrackedApplication | undefined =>
      this.record.applications.find((a) => a.status === status && !a.undecided && !a.busy);
    const application = pick('accepted') ?? pick('in_work');
    if (!application) return;
    if (application.status === 'accepted') {
      await this.step(application, 'provider', 'in-work', 'in_work', () => Promise.resolve(undefined));
      return;
    }
    const documentSha256 = createHash('sha256').update(`proof result ${application.id}`).digest('hex');
    await this.step(
      application,
      'provider',
      'result',
      // A free electronic result reaches the cabinet when recorded; a PSC's waits there to be handed out.
      application.channel === 'electronic' ? 'issued' : 'result_ready',
      async () =>
        application.channel === 'electronic'
          ? {
              form: 'electronic_document',
              documentSha256,
              providerSignature: await this.signing.sign(
                { applicationId: application.id, form: 'electronic_document', documentSha256 },
                this.providerHolder,
                new Date(),
              ),
            }
          : { form: 'paper_document', documentNumber: `PROOF-${application.trackingNumber}` },
    );
  }

  private async issueAtPsc(): Promise<void> {
    const application = this.record.applications.find(
      (a) => a.status === 'result_ready' && !a.undecided && !a.busy,
    );
    if (application)
      await this.step(application, 'operator', 'issuance', 'issued', () => Promise.resolve(undefined));
  }

  /**
   * A lifecycle step: one-way, so sent again while undecided; a repeat that finds it done answers 409, and then
   * the application is read to learn where it stands.
   */
  private async step(
    application: TrackedApplication,
    user: User,
    action: string,
    to: Status,
    body: () => Promise<object | undefined>,
  ): Promise<void> {
    application.busy = true;
    try {
      const payload = await body();
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
        const answer = await this.client.call<{ status: Status }>(
          `POST /api/v1/applications/{id}/${action}`,
          'POST',
          `/api/v1/applications/${application.id}/${action}`,
          { token: await this.token(user), ...(payload ? { body: payload } : {}) },
        );
        if (answer.status !== undefined && answer.status < 300) {
          application.status = answer.body?.status ?? to;
          this.record.steps.decided += 1;
          return;
        }
        if (answer.status === 409 && attempt > 1) {
          const read = await this.client.call<{ status: Status }>(
            'GET /api/v1/applications/{id}',
            'GET',
            `/api/v1/applications/${application.id}`,
            {
              token: await this.token(user),
            },
          );
          if (read.status === 200 && read.body) {
            application.status = read.body.status;
            this.record.steps.resolvedByRead += 1;
            return;
          }
        } else if (!isAmbiguous(answer)) {
          // Refused outright: the answer says nothing changed, which the final check holds it to.
          this.record.steps.decided += 1;
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(8_000, 1_000 * attempt)));
      }
      application.undecided = to;
      this.record.steps.undecided += 1;
    } finally {
      application.busy = false;
    }
  }
}
