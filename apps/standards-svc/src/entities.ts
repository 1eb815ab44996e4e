import { AUDIT_ENTITIES } from '@kzps/audit';
import { CALENDAR_STORE_ENTITIES } from '@kzps/calendar-store';
import { messagingEntities } from '@kzps/messaging';
import { Approval } from './agreement/approval.entity';
import { StatutoryTerm } from './clocks/statutory-term.entity';
import { DiscussionNotice } from './discussion/discussion-notice.entity';
import { Proposal } from './discussion/proposal.entity';
import { InformationUpdate } from './information/information-update.entity';
import { OrganizationRef } from './read-model/organization-ref.entity';
import { ServiceRef } from './read-model/service-ref.entity';
import { RegistrationRefusal } from './registration/registration-refusal.entity';
import { Reglament } from './reglament/reglament.entity';
import { Standard } from './standards/standard.entity';
import { StandardVersion } from './standards/standard-version.entity';

/** Every TypeORM entity of this service: used by the app and by `npm run migration:generate`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's type for entity classes
export const entities: Function[] = [
  ServiceRef,
  OrganizationRef,
  Standard,
  StandardVersion,
  StatutoryTerm,
  Proposal,
  DiscussionNotice,
  Approval,
  RegistrationRefusal,
  Reglament,
  InformationUpdate,
  ...messagingEntities,
  ...AUDIT_ENTITIES,
  ...CALENDAR_STORE_ENTITIES,
];
