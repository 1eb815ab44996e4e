import type { InspectedRole, InspectionGroundKind, InspectionKind, ViolatedNormKind } from '@kzps/contracts';
import type { Bilingual } from '@kzps/platform';

export interface FindingView {
  findingId: string;
  inspectionId: string;
  serviceId: string | null;
  violated: { kind: ViolatedNormKind; reference: string };
  description: Bilingual;
  recordedOn: string;
}

export interface OrderView {
  orderId: string;
  inspectionId: string;
  findingId: string | null;
  addresseeOrganizationId: string;
  addresseeRole: InspectedRole;
  text: Bilingual;
  issuedOn: string;
  dueDate: string;
  /**
   * `reported`: the addressee says it is done, the quality authority has not accepted it yet; `returned`: the
   * authority found the fulfilment short and set a new due date.
   */
  status: 'issued' | 'reported' | 'returned' | 'fulfilled';
  report: Bilingual | null;
  reportedOn: string | null;
  fulfilledOn: string | null;
  /** The first day after the due date, once it passed without the order fulfilled. */
  overdueSince: string | null;
  /** The last time the order was sent back, and why. */
  returnedOn: string | null;
  returnReasons: Bilingual | null;
}

export interface InspectionView {
  inspectionId: string;
  kind: InspectionKind;
  planYear: number | null;
  ground: { kind: InspectionGroundKind; reference: string } | null;
  subjectOrganizationId: string;
  subjectRole: InspectedRole;
  serviceIds: string[];
  startDate: string;
  endDate: string;
  qualityAuthorityId: string;
  status: 'scheduled' | 'completed';
  summary: Bilingual | null;
  completedOn: string | null;
  publishedAt: string | null;
  scheduledAt: string;
  findings: FindingView[];
  orders: OrderView[];
}

/**
 * What Art. 22.3.2 publishes: the inspection, its findings, its orders and how they stand. The ground's
 * reference (a complaint's id) is left out: it leads to a recipient's complaint, which is not public.
 */
export interface PublishedInspectionView {
  inspectionId: string;
  kind: InspectionKind;
  planYear: number | null;
  groundKind: InspectionGroundKind | null;
  subjectOrganizationId: string;
  subjectRole: InspectedRole;
  serviceIds: string[];
  startDate: string;
  endDate: string;
  completedOn: string;
  summary: Bilingual;
  publishedAt: string;
  findings: FindingView[];
  orders: OrderView[];
}
