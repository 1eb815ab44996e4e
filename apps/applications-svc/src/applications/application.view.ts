import type { ApplicationStatus, PinnedTermV1 } from '@kzps/contracts';
import { maskIin } from '@kzps/identifiers';
import type { Bilingual } from '@kzps/platform';
import type { Application, ApplicationRefusal, ApplicationResult } from './application.entity';
import { statusTexts } from './status-texts';

/** An application as its reader sees it; the recipient's identifier is masked for everyone but the recipient. */
export interface ApplicationView {
  id: string;
  trackingNumber: string;
  status: ApplicationStatus;
  statusText: Bilingual;
  serviceId: string;
  standardVersionId: string;
  providerOrganizationId: string;
  pscOrganizationId: string | null;
  pscBranch: string | null;
  channel: string;
  recipient: { type: string; idNumber: string };
  acceptedAt: string;
  term: PinnedTermV1;
  dueDate: string;
  dueAt: string;
  handoverDueAt: string | null;
  /** Open past its due date (Art. 8.5). */
  overdue: boolean;
  fee: { amountKzt: number; paidAt: string | null } | null;
  result: (Omit<ApplicationResult, 'recordedBy'> & { recordedAt: string }) | null;
  refusal: Omit<ApplicationRefusal, 'refusedBy'> | null;
  issuedAt: string | null;
  closedAt: string | null;
}

const open: readonly ApplicationStatus[] = ['accepted', 'in_work'];

export function isOverdue(application: Application, now: Date): boolean {
  return open.includes(application.status) && now > application.dueAt;
}

export function applicationView(application: Application, now: Date, showIdNumber: boolean): ApplicationView {
  const { result, refusal } = application;
  return {
    id: application.id,
    trackingNumber: application.trackingNumber,
    status: application.status,
    statusText: statusTexts[application.status],
    serviceId: application.serviceId,
    standardVersionId: application.standardVersionId,
    providerOrganizationId: application.providerId,
    pscOrganizationId: application.pscId,
    pscBranch: application.pscBranch,
    channel: application.channel,
    recipient: {
      type: application.recipientType,
      idNumber: showIdNumber ? application.recipientIdNumber : maskIin(application.recipientIdNumber),
    },
    acceptedAt: application.acceptedAt.toISOString(),
    term: application.term,
    dueDate: application.dueDate,
    dueAt: application.dueAt.toISOString(),
    handoverDueAt: application.handoverDueAt?.toISOString() ?? null,
    overdue: isOverdue(application, now),
    fee:
      application.feeKzt === null
        ? null
        : { amountKzt: application.feeKzt, paidAt: application.paidAt?.toISOString() ?? null },
    result:
      result && application.resultRecordedAt
        ? {
            form: result.form,
            documentSha256: result.documentSha256,
            providerSignature: result.providerSignature,
            documentNumber: result.documentNumber,
            informationSystem: result.informationSystem,
            entryReference: result.entryReference,
            recordedAt: application.resultRecordedAt.toISOString(),
          }
        : null,
    refusal: refusal
      ? { groundId: refusal.groundId, ground: refusal.ground, motivation: refusal.motivation }
      : null,
    issuedAt: application.issuedAt?.toISOString() ?? null,
    closedAt: application.closedAt?.toISOString() ?? null,
  };
}
