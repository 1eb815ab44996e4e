import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasRole } from '@kzps/auth';
import {
  columnsJson,
  GroupCommit,
  inTransaction,
  recordedRefusal,
  requestManager,
  runPrepared,
  type PreparedStatement,
} from '@kzps/db';
import { auditInsert, prepareAudits, recordAudit } from '@kzps/audit';
import { formatAlmaty } from '@kzps/calendar';
import { ApplicationsEventTypes, type ApplicationChannel } from '@kzps/contracts';
import { outboxInsert } from '@kzps/messaging';
import { SignatureVerifier, signatureError, signerIdentifier, type JsonValue } from '@kzps/signature';
import { DataSource, type EntityManager } from 'typeorm';
import { Application, type RecipientType, type RequestSignature } from '../applications/application.entity';
import { applicationsError, ApplicationsErrorCode } from '../applications/applications.errors';
import { statusChangeOf } from '../applications/status-change.entity';
import { ApplicationTerms, isPscChannel } from '../clocks/application-terms';
import { Clock } from '@kzps/platform';
import { ApplicationsRoles, recipientIdNumberOf, type CallerIdentity } from '../common/identity';
import { ApplicationEvents, factsOf } from '../events/application-events';
import {
  intakeContextCurrent,
  ReadModelService,
  stampJson,
  type IntakeContextStamp,
} from '../read-model/read-model.service';
import type { OrganizationRef } from '../read-model/organization-ref.entity';
import type { ServiceRef } from '../read-model/service-ref.entity';
import type { StandardDocument, StandardVersionRef } from '../read-model/standard-version-ref.entity';
import type { CreateApplicationDto } from './dto/create-application.dto';
import { IntakeRefusal } from './intake-refusal.entity';
import {
  intakeRefusalText,
  receiptText,
  type ApplicationReceipt,
  type IntakeRefusalReceipt,
} from './receipt';
import { standardViewOf, type StandardInForceView } from './standard-view';
import { newTrackingNumber } from './tracking-number';

/** Where an application is made: the provider it is for and, at a PSC, the centre and its branch. */
interface Desk {
  providerId: string;
  pscId: string | null;
  pscBranch: string | null;
}

interface Recipient {
  type: RecipientType;
  idNumber: string;
}

/** A collision of two random 50-bit numbers is rare; five in a row means something else is wrong. */
const TRACKING_NUMBER_ATTEMPTS = 5;

/** Art. 8.7, 14.2: a document the standard requires for this channel (a per-channel rule wins). */
function requiredFor(document: StandardDocument, channel: ApplicationChannel): boolean {
  return document.perChannel.find((rule) => rule.channel === channel)?.mandatory ?? document.mandatory;
}

/** The provider an application is for when the service has only one and the desk named none. */
function soleProviderOf(version: StandardVersionRef): string | undefined {
  return version.providerIds.length === 1 ? version.providerIds[0] : undefined;
}

/**
 * Accepted applications' rows in one statement, so it needs no transaction of its own: $1 the applications,
 * each `{"context": i, "application": columnsJson}` with `i` its context's place in $2 (`stampJson`s, each
 * checked once: `intakeContextCurrent`); $3 their history rows, $4 their events (`ApplicationEvents.prepare`),
 * $5 their audit records (`prepareAudits`), each a JSON array, each row naming its application (the event by
 * its key, the aggregate id). An application is written, with its other rows, only while its context is
 * still current (`current` false: read it again) and its tracking number free (`inserted` false: draw again).
 */
const inserted = `SELECT id FROM inserted`;
const acceptStatement: PreparedStatement = {
  name: 'applications.intake-accept',
  text: `
  WITH context AS (
    SELECT (c.position - 1)::int AS context, ${intakeContextCurrent('c.stamp')} AS current
      FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS c(stamp, position)
  ), item AS (
    SELECT i.position, (i.value->>'context')::int AS context, i.value->'application' AS application
      FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS i(value, position)
  ), inserted AS (
    INSERT INTO application
    SELECT a.* FROM item JOIN context USING (context),
                    jsonb_populate_record(NULL::application, item.application) AS a
     WHERE context.current
    ON CONFLICT DO NOTHING
    RETURNING id
  ), history AS (
    INSERT INTO application_status_change
    SELECT h.* FROM jsonb_populate_recordset(NULL::application_status_change, $3::jsonb) AS h
     WHERE h.application_id IN (${inserted})
  ), events AS (
    ${outboxInsert('$4', `e->>'key' IN (SELECT id::text FROM inserted)`)}
  ), audit AS (
    ${auditInsert('$5', `r."resourceId" IN (SELECT id::text FROM inserted)`)}
  )
  SELECT context.current, (item.application->>'id')::uuid IN (${inserted}) AS inserted
    FROM item JOIN context USING (context)
   ORDER BY item.position`,
};

/** One application's rows for `acceptStatement`, each as JSON. */
interface AcceptRows {
  application: string;
  history: string;
  events: string;
  audits: string;
  stamp: IntakeContextStamp;
}

/** How `acceptStatement` found one application: its context still current, and the application written. */
interface AcceptOutcome {
  current: boolean;
  inserted: boolean;
}

/** The rows of a JSON array's text, for joining several arrays into one. */
const elementsOf = (array: string): string => array.slice(1, -1);

/** `acceptStatement`'s parameters for several applications; a context shared by several is checked once. */
function acceptParameters(items: readonly AcceptRows[]): string[] {
  const stamps: string[] = [];
  const places = new Map<IntakeContextStamp, number>();
  const applications = items.map(({ application, stamp }) => {
    let place = places.get(stamp);
    if (place === undefined) {
      place = stamps.push(stampJson(stamp)) - 1;
      places.set(stamp, place);
    }
    return `{"context":${place},"application":${application}}`;
  });
  const array = (rows: string[]): string => `[${rows.filter((r) => r.length > 0).join(',')}]`;
  return [
    `[${applications.join(',')}]`,
    `[${stamps.join(',')}]`,
    `[${items.map((i) => i.history).join(',')}]`,
    array(items.map((i) => elementsOf(i.events))),
    array(items.map((i) => elementsOf(i.audits))),
  ];
}

/**
 * Intakes written together (`GroupCommit`): at most this many in one statement, and one statement under way
 * at a time, so what arrives meanwhile waits for it and goes in the next, larger one. With two under way the
 * statements were smaller and PostgreSQL's CPU per application half as high again (0.86-0.98 ms against
 * 0.57-0.59 ms in the intake benchmark); an idle desk's intake still leaves at once.
 */
const ACCEPTS_PER_STATEMENT = 32;
const ACCEPT_STATEMENTS_IN_FLIGHT = 1;

/** What an intake is judged on: the service, its standard in force and the organisations involved. */
type IntakeContext = Awaited<ReturnType<ReadModelService['intakeContext']>>;

/** How an intake goes, judged on its context: accepted, or refused at the desk for missing documents. */
type IntakePlan =
  | { kind: 'accept'; desk: Desk; recipient: Recipient; presented: StandardDocument[] }
  | { kind: 'refuse'; desk: Desk; recipient: Recipient; missing: StandardDocument[] };

/**
 * Contexts intakes were judged on, by service and organisations, so the next intake at the same desk needs no
 * read of its own: the statement that writes it checks the context is still current (`acceptStatement`).
 * Bounded; the oldest is dropped first.
 */
const CACHED_CONTEXTS = 500;

/** Reads of the context in one intake: each is changed under it only by the registry's rare updates. */
const CONTEXT_READS = 3;

/** Intake of applications by channel (Art. 12-15): checks, the term, the tracking number, the receipt. */
@Injectable()
export class IntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly terms: ApplicationTerms,
    private readonly readModel: ReadModelService,
    private readonly events: ApplicationEvents,
    private readonly signatures: SignatureVerifier,
  ) {}

  /** By service and organisations, in the order last used (`remember`). */
  private readonly contexts = new Map<string, IntakeContext>();

  /** Acceptances outside any transaction, written together when they arrive together. */
  private readonly accepts = new GroupCommit<AcceptRows, AcceptOutcome>({
    write: (items) => this.writeAccepts(this.dataSource.manager, items),
    maxItems: ACCEPTS_PER_STATEMENT,
    maxInFlight: ACCEPT_STATEMENTS_IN_FLIGHT,
  });

  /**
   * Accepts an application, or refuses it at intake when a document the standard requires for the channel is
   * missing (Art. 14.2): the refusal is recorded and raised in its own right, then answered as a 422 whose
   * receipt names every missing document. Either way one transaction writes the row, its history, its event
   * and its audit record.
   */
  async submit(
    caller: CallerIdentity,
    dto: CreateApplicationDto,
    body: Record<string, JsonValue>,
  ): Promise<ApplicationReceipt> {
    // Verified before the transaction: the national verification service may take its time.
    const signature = await this.verifiedSignature(caller, dto, body);
    const organizationIds = [caller.organizationId, dto.providerOrganizationId].filter(
      (id): id is string => id !== undefined,
    );
    const key = `${dto.serviceId} ${organizationIds.join(' ')}`;
    const cached = this.contexts.get(key);
    if (cached) {
      // One statement, checking the context it was judged on is still current; anything else (a refusal,
      // a context changed since) is decided on a fresh read below, so a stale context never answers.
      const receipt = await this.acceptOnCached(caller, dto, cached, signature);
      if (receipt) return receipt;
      this.contexts.delete(key);
    }
    const outcome = await inTransaction(this.dataSource, async (manager) => {
      for (let attempt = 0; attempt < CONTEXT_READS; attempt += 1) {
        // The service, its standard in force (share-locked), the caller's organisation (a PSC, a provider)
        // and the provider named or implied, in one round trip.
        const context = await this.readModel.intakeContext(manager, dto.serviceId, organizationIds);
        const plan = this.plan(caller, dto, context);
        this.remember(key, context);
        if (plan.kind === 'refuse') {
          return {
            kind: 'refused' as const,
            receipt: await this.refuse(manager, caller, dto, context, plan),
          };
        }
        const receipt = await this.accept(manager, caller, dto, context, plan, signature);
        if (receipt) return { kind: 'accepted' as const, receipt };
        // The registry changed the service or an organisation between the read and the write: judge again.
        this.contexts.delete(key);
      }
      throw new Error(`The intake context changed under ${CONTEXT_READS} reads in a row`);
    });
    if (outcome.kind === 'refused') {
      // D33: the refusal is recorded, so a retry with the Idempotency-Key replays this 422, not a second refusal.
      throw recordedRefusal(
        applicationsError(ApplicationsErrorCode.DOCUMENTS_INCOMPLETE, undefined, {
          intakeRefusal: outcome.receipt,
          missingDocumentIds: outcome.receipt.missingDocuments.map((d) => d.id),
        }),
      );
    }
    return outcome.receipt;
  }

  /** An acceptance judged on a context read earlier; null when a fresh read must decide. */
  private async acceptOnCached(
    caller: CallerIdentity,
    dto: CreateApplicationDto,
    context: IntakeContext,
    signature: RequestSignature | null,
  ): Promise<ApplicationReceipt | null> {
    let plan: IntakePlan;
    try {
      plan = this.plan(caller, dto, context);
    } catch {
      return null;
    }
    if (plan.kind !== 'accept') return null;
    return this.accept(requestManager(this.dataSource), caller, dto, context, plan, signature);
  }

  private remember(key: string, context: IntakeContext): void {
    this.contexts.delete(key);
    this.contexts.set(key, context);
    if (this.contexts.size > CACHED_CONTEXTS) {
      const oldest = this.contexts.keys().next().value;
      if (oldest !== undefined) this.contexts.delete(oldest);
    }
  }

  /**
   * The checks of an intake on its context: the channel, the desk, the recipient, the desk's records and the
   * documents (Art. 12-15); at a desk, missing documents make a refusal at intake (Art. 14.2).
   */
  private plan(caller: CallerIdentity, dto: CreateApplicationDto, context: IntakeContext): IntakePlan {
    const { version, organizations } = context;
    if (!version.channels.includes(dto.channel)) {
      throw applicationsError(ApplicationsErrorCode.CHANNEL_NOT_ALLOWED, undefined, {
        allowedChannels: version.channels,
      });
    }
    const desk = this.deskOf(organizations, caller, dto, version);
    const recipient = this.recipientOf(caller, dto);
    this.assertDeskRecords(dto);
    const presented = this.presentedDocuments(dto.documentIds, version);
    const missing = version.documents.filter((d) => requiredFor(d, dto.channel) && !presented.includes(d));
    if (missing.length > 0 && dto.channel === 'electronic') {
      // The portal refuses an incomplete form; no operator refused anything (Art. 14.2 is a desk's act).
      throw applicationsError(ApplicationsErrorCode.DOCUMENTS_INCOMPLETE, undefined, {
        missingDocumentIds: missing.map((d) => d.id),
        missingDocuments: missing.map((d) => ({ id: d.id, name: d.name })),
      });
    }
    return missing.length > 0
      ? { kind: 'refuse', desk, recipient, missing }
      : { kind: 'accept', desk, recipient, presented };
  }

  /** What a desk or the portal needs to take an application: the standard in force, with its ids. */
  async standardInForce(serviceId: string): Promise<StandardInForceView> {
    return this.dataSource.transaction(async (manager) => {
      const { service, version } = await this.readModel.serviceInForce(manager, serviceId);
      return standardViewOf(service, version);
    });
  }

  /**
   * The application, its history, its event and its audit record in one statement with `manager` (the
   * request's transaction, an intake's, or none: the statement is atomic on its own). Null when the context
   * changed since it was read (nothing written).
   */
  private async accept(
    manager: EntityManager,
    caller: CallerIdentity,
    dto: CreateApplicationDto,
    context: IntakeContext,
    plan: Extract<IntakePlan, { kind: 'accept' }>,
    signature: RequestSignature | null,
  ): Promise<ApplicationReceipt | null> {
    const { service, version, organizations, stamp } = context;
    const { desk, recipient, presented } = plan;
    const provider = organizations.get(desk.providerId) ?? null;
    const now = this.clock.now();
    const term = this.terms.termOf(now, version.term, dto.channel);
    const application = manager.create(Application, {
      id: randomUUID(),
      serviceId: service.id,
      standardId: version.standardId,
      standardVersionId: version.id,
      ownerId: version.ownerId,
      providerId: desk.providerId,
      pscId: desk.pscId,
      pscBranch: desk.pscBranch,
      regionKato: provider?.regionKato ?? null,
      channel: dto.channel,
      recipientType: recipient.type,
      recipientIdNumber: recipient.idNumber,
      status: 'accepted',
      term: version.term,
      acceptedAt: now,
      acceptedBy: caller.subject,
      dueDate: term.dueDate,
      dueAt: term.dueAt,
      handoverDueAt: term.handoverDueAt,
      documentIds: presented.map((d) => d.id),
      // Electronically, the signature identifies the recipient (Art. 15.2).
      identificationMethod: signature ? 'digital_signature' : (dto.identificationMethod ?? null),
      operatorSignatureConsent: dto.operatorSignatureConsent
        ? { ...dto.operatorSignatureConsent, operatorSubject: caller.subject, recordedAt: now.toISOString() }
        : null,
      requestSignature: signature,
      // Art. 18: a fee only where the pinned standard sets one, in its amount.
      feeKzt: version.fee.free ? null : version.fee.amountKzt,
      paidAt: null,
      result: null,
      resultRecordedAt: null,
      issuedAt: null,
      refusal: null,
      closedAt: null,
      overdueRaisedAt: null,
      handoverLateRaisedAt: null,
      updatedAt: now,
    });
    if (!(await this.insertWithTrackingNumber(manager, application, caller, stamp))) return null;
    const receipt = {
      applicationId: application.id,
      trackingNumber: application.trackingNumber,
      service: { id: service.id, code: service.code, name: service.name },
      provider: { id: desk.providerId, name: provider?.name ?? { kk: '', ru: '' } },
      channel: dto.channel,
      acceptedAt: now.toISOString(),
      acceptedAtLocal: formatAlmaty(now),
      term: version.term,
      dueDate: term.dueDate,
      dueAt: term.dueAt.toISOString(),
      handoverDueAt: term.handoverDueAt?.toISOString() ?? null,
      skipped: term.skipped,
      provisional: term.provisional,
      feeKzt: application.feeKzt,
      documents: presented.map((d) => ({ id: d.id, name: d.name })),
    };
    return { ...receipt, text: receiptText(receipt) };
  }

  /**
   * The application, its history row, its event and its audit record in one statement (one round trip);
   * false when the context changed since it was read. Uniqueness by the index: a number already taken
   * inserts nothing (the other rows are written only with the application) and is drawn again, without
   * aborting a transaction. The event and the audit summary carry the number, so they are prepared for each
   * draw.
   */
  private async insertWithTrackingNumber(
    manager: EntityManager,
    application: Application,
    caller: CallerIdentity,
    stamp: IntakeContextStamp,
  ): Promise<boolean> {
    const now = application.acceptedAt;
    const history = columnsJson(statusChangeOf(application.id, null, 'accepted', caller, now));
    for (let attempt = 0; attempt < TRACKING_NUMBER_ATTEMPTS; attempt += 1) {
      application.trackingNumber = newTrackingNumber();
      const event = this.events.prepare([
        {
          type: ApplicationsEventTypes.submitted,
          subject: application.id,
          time: now,
          data: {
            ...factsOf(application),
            recipientIdNumber: application.recipientIdNumber,
            feeKzt: application.feeKzt,
          },
        },
      ]);
      const audit = prepareAudits([
        {
          actor: caller,
          action: 'application.accept',
          resourceType: 'application',
          resourceId: application.id,
          occurredAt: now,
          summary: `${application.trackingNumber} ${application.channel}`,
        },
      ]);
      const rows: AcceptRows = {
        application: columnsJson(application),
        history,
        events: event.rows,
        audits: audit.rows,
        stamp,
      };
      // In a transaction (an Idempotency-Key's, an intake's fresh read) the write is that transaction's;
      // otherwise it goes with the other acceptances of the moment.
      const [outcome] =
        manager === this.dataSource.manager
          ? [await this.accepts.submit(rows)]
          : await this.writeAccepts(manager, [rows]);
      if (!outcome?.current) return false;
      if (outcome.inserted) return true;
    }
    throw new Error(`No free tracking number after ${TRACKING_NUMBER_ATTEMPTS} draws`);
  }

  /** `acceptStatement` for `items`, with `manager`: each one's outcome, in their order. */
  private writeAccepts(manager: EntityManager, items: readonly AcceptRows[]): Promise<AcceptOutcome[]> {
    return runPrepared<AcceptOutcome>(manager, acceptStatement, acceptParameters(items));
  }

  private async refuse(
    manager: EntityManager,
    caller: CallerIdentity,
    dto: CreateApplicationDto,
    context: IntakeContext,
    plan: Extract<IntakePlan, { kind: 'refuse' }>,
  ): Promise<IntakeRefusalReceipt> {
    const { service, version, organizations } = context;
    const { desk, recipient, missing } = plan;
    const provider = organizations.get(desk.providerId) ?? null;
    const now = this.clock.now();
    const refusal = manager.create(IntakeRefusal, {
      id: randomUUID(),
      serviceId: service.id,
      standardVersionId: version.id,
      providerId: desk.providerId,
      pscId: desk.pscId,
      pscBranch: desk.pscBranch,
      regionKato: provider?.regionKato ?? null,
      channel: dto.channel,
      recipientType: recipient.type,
      recipientIdNumber: recipient.idNumber,
      documentIds: [...new Set(dto.documentIds)],
      missingDocuments: missing.map((d) => ({ id: d.id, name: d.name })),
      refusedAt: now,
      refusedBy: caller.subject,
    });
    await manager.insert(IntakeRefusal, refusal);
    await this.events.append(manager, {
      type: ApplicationsEventTypes.intakeRefused,
      subject: refusal.id,
      time: now,
      data: {
        intakeRefusalId: refusal.id,
        serviceId: service.id,
        standardId: version.standardId,
        standardVersionId: version.id,
        ownerOrganizationId: version.ownerId,
        providerOrganizationId: desk.providerId,
        pscOrganizationId: desk.pscId,
        pscBranch: desk.pscBranch,
        regionKato: refusal.regionKato,
        channel: dto.channel,
        refusedAt: now.toISOString(),
        missingDocumentIds: missing.map((d) => d.id),
      },
    });
    await recordAudit(manager, {
      actor: caller,
      action: 'application.refuse-intake',
      resourceType: 'intake_refusal',
      resourceId: refusal.id,
      occurredAt: now,
    });
    return intakeRefusalReceiptOf(refusal, service);
  }

  /**
   * Who may accept through the channel, and for which provider: a provider's officer at its own desk
   * (Art. 13), an operator of a PSC or specialised PSC the registry knows as one (Art. 14).
   */
  private deskOf(
    organizations: Map<string, OrganizationRef>,
    caller: CallerIdentity,
    dto: CreateApplicationDto,
    version: StandardVersionRef,
  ): Desk {
    const providerOf = (chosen: string | undefined): string => {
      const providerId = chosen ?? soleProviderOf(version);
      if (!providerId) throw applicationsError(ApplicationsErrorCode.PROVIDER_REQUIRED);
      if (!version.providerIds.includes(providerId)) {
        throw applicationsError(ApplicationsErrorCode.PROVIDER_NOT_OF_SERVICE);
      }
      return providerId;
    };
    switch (dto.channel) {
      case 'provider': {
        if (!hasRole(caller, ...ApplicationsRoles.providerOfficer) || !caller.organizationId) {
          throw applicationsError(ApplicationsErrorCode.CHANNEL_NOT_FOR_CALLER);
        }
        // Art. 13: an officer accepts for their own organisation, and only where it provides the service.
        const providerId = dto.providerOrganizationId ?? caller.organizationId;
        if (providerId !== caller.organizationId || !version.providerIds.includes(providerId)) {
          throw applicationsError(ApplicationsErrorCode.CHANNEL_NOT_FOR_CALLER);
        }
        return { providerId, pscId: null, pscBranch: null };
      }
      case 'psc':
      case 'specialised_psc': {
        if (!hasRole(caller, ...ApplicationsRoles.pscOperator) || !caller.organizationId) {
          throw applicationsError(ApplicationsErrorCode.CHANNEL_NOT_FOR_CALLER);
        }
        const psc = organizations.get(caller.organizationId);
        const kind = dto.channel === 'psc' ? 'psc' : 'specialised-psc';
        if (!psc?.active || !psc.roles.includes('psc-operator') || psc.registryKind !== kind) {
          throw applicationsError(ApplicationsErrorCode.PSC_UNKNOWN);
        }
        return {
          providerId: providerOf(dto.providerOrganizationId),
          pscId: psc.id,
          pscBranch: caller.pscId ?? null,
        };
      }
      case 'electronic':
        // Art. 15: the recipient applies through the portal themself.
        this.assertApplicant(caller);
        return { providerId: providerOf(dto.providerOrganizationId), pscId: null, pscBranch: null };
    }
  }

  /**
   * Electronically the recipient is the signed-in person or company; at a desk the operator names the
   * recipient they identified: an IIN or a BIN, exactly one.
   */
  private recipientOf(caller: CallerIdentity, dto: CreateApplicationDto): Recipient {
    if (dto.channel === 'electronic') {
      if (dto.recipient) throw applicationsError(ApplicationsErrorCode.RECIPIENT_FROM_TOKEN);
      return caller.iin
        ? { type: 'individual', idNumber: caller.iin }
        : { type: 'legal-entity', idNumber: this.assertApplicant(caller) };
    }
    const { iin, bin } = dto.recipient ?? {};
    if ((iin === undefined) === (bin === undefined)) {
      throw applicationsError(ApplicationsErrorCode.RECIPIENT_IDENTIFIER_REQUIRED, undefined, {
        errors: [{ field: 'recipient', message: 'recipient needs exactly one of iin, bin' }],
      });
    }
    return iin !== undefined
      ? { type: 'individual', idNumber: iin }
      : { type: 'legal-entity', idNumber: bin ?? '' };
  }

  /** The recipient applying through the portal, with the IIN or BIN their token carries. */
  private assertApplicant(caller: CallerIdentity): string {
    const idNumber = recipientIdNumberOf(caller);
    if (!hasRole(caller, ...ApplicationsRoles.recipient) || !idNumber) {
      throw applicationsError(ApplicationsErrorCode.CHANNEL_NOT_FOR_CALLER);
    }
    return idNumber;
  }

  /**
   * Art. 15.2: an electronic request carries the recipient's signature over its canonical form (the body
   * without the signature); the signer's IIN or BIN must be the applicant's. Judged at the clock's now.
   */
  private async verifiedSignature(
    caller: CallerIdentity,
    dto: CreateApplicationDto,
    body: Record<string, JsonValue>,
  ): Promise<RequestSignature | null> {
    if (dto.channel !== 'electronic') return null;
    const applicant = this.assertApplicant(caller);
    if (!dto.signature) throw applicationsError(ApplicationsErrorCode.SIGNATURE_REQUIRED);
    const { signature: _signature, ...signed } = body;
    const at = this.clock.now();
    const verdict = await this.signatures.verify({ signedContent: signed, signatureCms: dto.signature, at });
    if (!verdict.valid) throw signatureError(verdict.reason, verdict.detail);
    if (signerIdentifier(verdict.signer) !== applicant) {
      throw applicationsError(ApplicationsErrorCode.SIGNER_NOT_APPLICANT);
    }
    return {
      cms: dto.signature,
      certificateSerial: verdict.certificate.serialNumber,
      certificateNotAfter: verdict.certificate.notAfter.toISOString(),
      verifiedAt: at.toISOString(),
    };
  }

  /** Art. 14.3: the desk records how it identified the recipient; Art. 14.4: consent is a PSC's. */
  private assertDeskRecords(dto: CreateApplicationDto): void {
    if (dto.channel === 'electronic') return;
    if (!dto.identificationMethod)
      throw applicationsError(ApplicationsErrorCode.IDENTIFICATION_METHOD_REQUIRED);
    if (dto.operatorSignatureConsent && !isPscChannel(dto.channel)) {
      throw applicationsError(ApplicationsErrorCode.CONSENT_ONLY_AT_PSC);
    }
  }

  /** The standard's documents the ids name; an id of no document of this version is refused by name. */
  private presentedDocuments(ids: string[], version: StandardVersionRef): StandardDocument[] {
    const unknown = [...new Set(ids)].filter((id) => !version.documents.some((d) => d.id === id));
    if (unknown.length > 0) {
      throw applicationsError(
        ApplicationsErrorCode.DOCUMENT_NOT_IN_STANDARD,
        `Not documents of the standard in force: ${unknown.join(', ')}`,
        {
          errors: unknown.map((id) => ({
            field: 'documentIds',
            message: `${id} is not a document of this standard`,
          })),
        },
      );
    }
    return version.documents.filter((d) => ids.includes(d.id));
  }
}

export function intakeRefusalReceiptOf(
  refusal: IntakeRefusal,
  service: Pick<ServiceRef, 'id' | 'code' | 'name'>,
): IntakeRefusalReceipt {
  const receipt = {
    intakeRefusalId: refusal.id,
    service: { id: service.id, code: service.code, name: service.name },
    refusedAt: refusal.refusedAt.toISOString(),
    refusedAtLocal: formatAlmaty(refusal.refusedAt),
    missingDocuments: refusal.missingDocuments,
  };
  return { ...receipt, text: intakeRefusalText(receipt) };
}
