import { AUDIT_ENTITIES } from '@kzps/audit';
import { CALENDAR_STORE_ENTITIES } from '@kzps/calendar-store';
import { messagingEntities } from '@kzps/messaging';
import { ClassifierNode } from './classifier/classifier-node.entity';
import { ImportJob } from './exchange/import-job.entity';
import { AuthorityDesignation } from './organizations/authority-designation.entity';
import { Organization, OrganizationVersion } from './organizations/organization.entity';
import { ServiceEntry, ServiceEntryVersion } from './services/service-entry.entity';

export const entities = [
  ...messagingEntities,
  ...AUDIT_ENTITIES,
  Organization,
  OrganizationVersion,
  AuthorityDesignation,
  ClassifierNode,
  ServiceEntry,
  ServiceEntryVersion,
  ImportJob,
  ...CALENDAR_STORE_ENTITIES,
];
