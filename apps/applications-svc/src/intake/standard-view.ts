import type { Bilingual } from '@kzps/platform';
import type { ServiceRef } from '../read-model/service-ref.entity';
import type {
  StandardDocument,
  StandardFee,
  StandardQueueWait,
  StandardRefusalGround,
  StandardVersionRef,
} from '../read-model/standard-version-ref.entity';

/** The standard in force as a desk reads it (Art. 8): channels, term, fee, documents and grounds with ids. */
export interface StandardInForceView {
  service: { id: string; code: string; name: Bilingual };
  standardId: string;
  versionId: string;
  versionNumber: number;
  registrationNumber: string;
  inForceFrom: string;
  channels: string[];
  resultForms: string[];
  term: StandardVersionRef['term'];
  fee: StandardFee;
  queueWait: StandardQueueWait;
  documents: StandardDocument[];
  refusalGrounds: StandardRefusalGround[];
}

export function standardViewOf(service: ServiceRef, version: StandardVersionRef): StandardInForceView {
  return {
    service: { id: service.id, code: service.code, name: service.name },
    standardId: version.standardId,
    versionId: version.id,
    versionNumber: version.versionNumber,
    registrationNumber: version.registrationNumber,
    inForceFrom: version.inForceFrom.toISOString(),
    channels: version.channels,
    resultForms: version.resultForms,
    term: version.term,
    fee: version.fee,
    queueWait: version.queueWait,
    documents: version.documents,
    refusalGrounds: version.refusalGrounds,
  };
}
