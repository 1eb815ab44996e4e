import { Injectable } from '@nestjs/common';
import type {
  ComplaintForm,
  ComplaintGround,
  ComplaintOutcome,
  ExtensionReason,
  InstanceRole,
} from '@kzps/contracts';
import type { Bilingual } from '@kzps/platform';
import type { EntityManager } from 'typeorm';
import type { ChainInstance } from '../chain/appeal-chain';
import {
  extensionsOf,
  loadComplaint,
  measuresOf,
  noticesOf,
  requirementsOf,
  type ComplaintStatus,
  type CourtRecord,
  type RequirementRow,
  type StageState,
} from './complaint-record';
import { GROUND_TEXTS } from './complaint-texts';

export interface StageView {
  id: string;
  stage: number;
  instanceId: string;
  instanceRole: InstanceRole | null;
  competent: boolean;
  registerNumber: string;
  registeredAt: string;
  registrationDate: string;
  termWorkingDays: number | null;
  dueDate: string | null;
  lastExtensionDate: string | null;
  state: StageState;
  overdue: boolean;
  decision: {
    outcome: ComplaintOutcome;
    reasons: Bilingual;
    causes: Bilingual | null;
    decidedAt: string;
    measures: Array<{ id: string; text: Bilingual; dueDate: string; fulfilledAt: string | null }>;
  } | null;
  extensions: Array<{
    reason: ExtensionReason;
    explanation: Bilingual;
    workingDays: number;
    previousDueDate: string;
    newDueDate: string;
    extendedAt: string;
  }>;
}

export interface RequirementView {
  id: string;
  addresseeId: string;
  text: Bilingual;
  dueDate: string;
  issuedAt: string;
  fulfilledAt: string | null;
  overdue: boolean;
}

export interface ComplaintView {
  id: string;
  status: ComplaintStatus;
  form: ComplaintForm;
  paperReference: string | null;
  complainantIdNumber: string;
  serviceId: string;
  ownerId: string;
  providerId: string;
  applicationId: string | null;
  ground: { code: ComplaintGround; text: Bilingual };
  description: string;
  filedAt: string;
  chain: ChainInstance[];
  /** Every registration, the current one first (earlier decisions travel with the file on escalation). */
  stages: StageView[];
  notices: Array<{
    addressee: 'complainant' | 'quality_authority';
    kind: string;
    channel: 'in_writing' | 'electronic';
    text: Bilingual;
    sentAt: string;
  }>;
  requirements: RequirementView[];
  court: CourtRecord | null;
  withdrawnAt: string | null;
}

export function requirementViewOf(row: RequirementRow): RequirementView {
  return {
    id: row.id,
    addresseeId: row.addresseeId,
    text: row.text,
    dueDate: row.dueDate,
    issuedAt: row.issuedAt.toISOString(),
    fulfilledAt: row.fulfilledAt?.toISOString() ?? null,
    overdue: row.overdueAt !== null,
  };
}

/** The whole file of a complaint as its readers see it. */
@Injectable()
export class ComplaintViews {
  async of(manager: EntityManager, id: string): Promise<ComplaintView> {
    const { complaint, stages } = await loadComplaint(manager, id, false);
    const stageIds = stages.map((s) => s.id);
    const extensions = await extensionsOf(manager, stageIds);
    const measures = await measuresOf(manager, stageIds);
    const notices = await noticesOf(manager, id);
    const requirements = await requirementsOf(manager, id);
    return {
      id: complaint.id,
      status: complaint.status,
      form: complaint.form,
      paperReference: complaint.paperReference,
      complainantIdNumber: complaint.complainantIdNumber,
      serviceId: complaint.serviceId,
      ownerId: complaint.ownerId,
      providerId: complaint.providerId,
      applicationId: complaint.applicationId,
      ground: { code: complaint.ground, text: GROUND_TEXTS[complaint.ground] },
      description: complaint.description,
      filedAt: complaint.filedAt.toISOString(),
      chain: complaint.chain,
      stages: stages.map((stage) => ({
        id: stage.id,
        stage: stage.stage,
        instanceId: stage.instanceId,
        instanceRole: stage.instanceRole,
        competent: stage.competent,
        registerNumber: stage.registerNumber,
        registeredAt: stage.registeredAt.toISOString(),
        registrationDate: stage.registrationDate,
        termWorkingDays: stage.termWorkingDays,
        dueDate: stage.dueDate,
        lastExtensionDate: stage.lastExtensionDate,
        state: stage.state,
        overdue: stage.overdueAt !== null,
        decision:
          stage.outcome && stage.reasons && stage.decidedAt
            ? {
                outcome: stage.outcome,
                reasons: stage.reasons,
                causes: stage.causes,
                decidedAt: stage.decidedAt.toISOString(),
                measures: measures
                  .filter((m) => m.stageId === stage.id)
                  .map((m) => ({
                    id: m.id,
                    text: m.text,
                    dueDate: m.dueDate,
                    fulfilledAt: m.fulfilledAt?.toISOString() ?? null,
                  })),
              }
            : null,
        extensions: extensions
          .filter((e) => e.stageId === stage.id)
          .map((e) => ({
            reason: e.reason,
            explanation: e.explanation,
            workingDays: e.workingDays,
            previousDueDate: e.previousDueDate,
            newDueDate: e.newDueDate,
            extendedAt: e.extendedAt.toISOString(),
          })),
      })),
      notices: notices.map((n) => ({
        addressee: n.addressee,
        kind: n.kind,
        channel: n.channel,
        text: n.text,
        sentAt: n.sentAt.toISOString(),
      })),
      requirements: requirements.map(requirementViewOf),
      court: complaint.court,
      withdrawnAt: complaint.withdrawnAt?.toISOString() ?? null,
    };
  }
}
