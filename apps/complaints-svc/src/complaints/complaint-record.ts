import type { Bilingual } from '@kzps/platform';
import type {
  ComplaintForm,
  ComplaintGround,
  ComplaintOutcome,
  InstanceRole,
  ExtensionReason,
} from '@kzps/contracts';
import type { EntityManager } from 'typeorm';
import type { ChainInstance } from '../chain/appeal-chain';
import { complaintsError, ComplaintsErrorCode } from './complaints.errors';

export type ComplaintStatus = 'in_review' | 'decided' | 'withdrawn';
export type StageState = 'open' | 'redirected' | 'decided' | 'closed';

export interface CourtRecord {
  court: Bilingual;
  filedOn: string;
  caseNumber: string | null;
  /** The chain position the complaint was at when the court was recorded. */
  stage: number;
  recordedAt: string;
}

export interface ComplaintRow {
  id: string;
  complainantIdNumber: string;
  form: ComplaintForm;
  paperReference: string | null;
  filedBy: string;
  serviceId: string;
  ownerId: string;
  providerId: string;
  regionKato: string | null;
  applicationId: string | null;
  ground: ComplaintGround;
  description: string;
  chain: ChainInstance[];
  qualityAuthorityId: string;
  status: ComplaintStatus;
  court: CourtRecord | null;
  filedAt: Date;
  withdrawnAt: Date | null;
}

/** One registration of the complaint in an instance's register (Art. 19.4.1). */
export interface StageRow {
  id: string;
  complaintId: string;
  stage: number;
  instanceId: string;
  instanceRole: InstanceRole | null;
  competent: boolean;
  registerNumber: string;
  registeredAt: Date;
  registrationDate: string;
  termWorkingDays: number | null;
  dueDate: string | null;
  dueAt: Date | null;
  lastExtensionDate: string | null;
  extendedWorkingDays: number;
  state: StageState;
  outcome: ComplaintOutcome | null;
  reasons: Bilingual | null;
  causes: Bilingual | null;
  decidedAt: Date | null;
  overdueAt: Date | null;
}

export interface ExtensionRow {
  id: string;
  stageId: string;
  reason: ExtensionReason;
  explanation: Bilingual;
  workingDays: number;
  previousDueDate: string;
  newDueDate: string;
  extendedAt: Date;
}

export interface MeasureRow {
  id: string;
  stageId: string;
  text: Bilingual;
  dueDate: string;
  fulfilledAt: Date | null;
}

export interface NoticeRow {
  id: string;
  stageId: string | null;
  addressee: 'complainant' | 'quality_authority';
  kind: string;
  channel: 'in_writing' | 'electronic';
  text: Bilingual;
  sentAt: Date;
}

export interface RequirementRow {
  id: string;
  complaintId: string;
  stageId: string;
  addresseeId: string;
  text: Bilingual;
  dueDate: string;
  dueAt: Date;
  issuedAt: Date;
  fulfilledAt: Date | null;
  overdueAt: Date | null;
}

const COMPLAINT_COLUMNS = `id, complainant_id_number AS "complainantIdNumber", form, paper_reference AS "paperReference",
  filed_by AS "filedBy", service_id AS "serviceId", owner_id AS "ownerId", provider_id AS "providerId",
  region_kato AS "regionKato", application_id AS "applicationId", ground, description, chain,
  quality_authority_id AS "qualityAuthorityId", status, court, filed_at AS "filedAt", withdrawn_at AS "withdrawnAt"`;

export const STAGE_COLUMNS = `id, complaint_id AS "complaintId", stage, instance_id AS "instanceId",
  instance_role AS "instanceRole", competent, register_number AS "registerNumber", registered_at AS "registeredAt",
  to_char(registration_date, 'YYYY-MM-DD') AS "registrationDate", term_working_days AS "termWorkingDays",
  to_char(due_date, 'YYYY-MM-DD') AS "dueDate", due_at AS "dueAt",
  to_char(last_extension_date, 'YYYY-MM-DD') AS "lastExtensionDate", extended_working_days AS "extendedWorkingDays",
  state, outcome, reasons, causes, decided_at AS "decidedAt", overdue_at AS "overdueAt"`;

/** A complaint with every registration, latest (the current one) first. */
export interface ComplaintFile {
  complaint: ComplaintRow;
  stages: StageRow[];
  current: StageRow;
}

/**
 * Loads a complaint, locking it for the transaction when `lock` (every write does: two officers acting at
 * once take turns, so a check and its write see the same state).
 */
export async function loadComplaint(
  manager: EntityManager,
  id: string,
  lock: boolean,
): Promise<ComplaintFile> {
  const [complaint] = await manager.query<ComplaintRow[]>(
    `SELECT ${COMPLAINT_COLUMNS} FROM complaint WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  if (!complaint) throw complaintsError(ComplaintsErrorCode.COMPLAINT_NOT_FOUND);
  const stages = await manager.query<StageRow[]>(
    // The current registration: the furthest stage, and at that stage the competent one (after a redirection).
    `SELECT ${STAGE_COLUMNS} FROM complaint_stage WHERE complaint_id = $1
      ORDER BY stage DESC, competent DESC, registered_at DESC`,
    [id],
  );
  const [current] = stages;
  if (!current) throw new Error(`complaint ${id} has no registration`);
  return { complaint, stages, current };
}

export async function complaintsOf(
  manager: EntityManager,
  where: string,
  params: unknown[],
): Promise<ComplaintRow[]> {
  return manager.query<ComplaintRow[]>(`SELECT ${COMPLAINT_COLUMNS} FROM complaint WHERE ${where}`, params);
}

export async function extensionsOf(manager: EntityManager, stageIds: string[]): Promise<ExtensionRow[]> {
  return manager.query<ExtensionRow[]>(
    `SELECT id, stage_id AS "stageId", reason, explanation, working_days AS "workingDays",
       to_char(previous_due_date, 'YYYY-MM-DD') AS "previousDueDate", to_char(new_due_date, 'YYYY-MM-DD') AS "newDueDate",
       extended_at AS "extendedAt"
     FROM complaint_extension WHERE stage_id = ANY($1::uuid[]) ORDER BY extended_at`,
    [stageIds],
  );
}

export async function measuresOf(manager: EntityManager, stageIds: string[]): Promise<MeasureRow[]> {
  return manager.query<MeasureRow[]>(
    `SELECT id, stage_id AS "stageId", text, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", fulfilled_at AS "fulfilledAt"
     FROM complaint_measure WHERE stage_id = ANY($1::uuid[]) ORDER BY due_date, id`,
    [stageIds],
  );
}

export async function noticesOf(manager: EntityManager, complaintId: string): Promise<NoticeRow[]> {
  return manager.query<NoticeRow[]>(
    `SELECT id, stage_id AS "stageId", addressee, kind, channel, text, sent_at AS "sentAt"
     FROM complaint_notice WHERE complaint_id = $1 ORDER BY sent_at, kind`,
    [complaintId],
  );
}

export const REQUIREMENT_COLUMNS = `id, complaint_id AS "complaintId", stage_id AS "stageId", addressee_id AS "addresseeId",
  text, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", due_at AS "dueAt", issued_at AS "issuedAt",
  fulfilled_at AS "fulfilledAt", overdue_at AS "overdueAt"`;

export async function requirementsOf(manager: EntityManager, complaintId: string): Promise<RequirementRow[]> {
  return manager.query<RequirementRow[]>(
    `SELECT ${REQUIREMENT_COLUMNS} FROM complaint_requirement WHERE complaint_id = $1 ORDER BY issued_at, id`,
    [complaintId],
  );
}
