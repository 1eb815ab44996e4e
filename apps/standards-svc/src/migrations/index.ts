import { AUDIT_MIGRATIONS } from '@kzps/audit';
import { CALENDAR_STORE_MIGRATIONS } from '@kzps/calendar-store';
import { CreateIdempotencyKey1764900000000 } from '@kzps/db';
import { messagingMigrations } from '@kzps/messaging';
import type { MigrationInterface } from 'typeorm';
import { CreateStandardsTables1764050000000 } from './1764050000000-create-standards-tables.migration';
import { ReviewFixesSchema1795700000000 } from './1795700000000-review-fixes-schema.migration';
import { ReviewFixesBackfill1795700000001 } from './1795700000001-review-fixes-backfill.migration';
import { DropReglamentSingleAct1795700000002 } from './1795700000002-drop-reglament-single-act.migration';
import { OrganizationWithoutBin1795700000003 } from './1795700000003-organization-without-bin.migration';
import { OrganizationRoles1795700000004 } from './1795700000004-organization-roles.migration';
import { StandardApprovingAct1796508899022 } from './1796508899022-standard-approving-act.migration';
import { CreateStandardRecommendations1796509153590 } from './1796509153590-create-standard-recommendations.migration';
import { ServiceExclusionDecree1796509455838 } from './1796509455838-service-exclusion-decree.migration';
import { VersionsClosedByExclusion1796509455839 } from './1796509455839-versions-closed-by-exclusion.migration';
import { TransitionImport1796509943625 } from './1796509943625-transition-import.migration';
import { InformationUpdatesPerBody1796509467252 } from './1796509467252-information-updates-per-body.migration';
import { DropAcceptanceDayFlag1796510643190 } from './1796510643190-drop-acceptance-day-flag.migration';
import { StandardPublication1796519957392 } from './1796519957392-standard-publication.migration';
import { NoticeSourceInKazakhAndRussian1796523600000 } from './1796523600000-notice-source-in-kazakh-and-russian.migration';
import { ReglamentInformationSystemInKazakhAndRussian1796526107732 } from './1796526107732-reglament-information-system-in-kazakh-and-russian.migration';
import { ParkedEntriesIntoForce1796530478184 } from './1796530478184-parked-entries-into-force.migration';
import { EntryIntoForceErrorsInKazakhAndRussian1796543009885 } from './1796543009885-entry-into-force-errors-in-kazakh-and-russian.migration';
import { BackfillEntryIntoForceErrors1796543009886 } from './1796543009886-backfill-entry-into-force-errors.migration';
import { EntryIntoForceErrorsRequired1796543009887 } from './1796543009887-entry-into-force-errors-required.migration';

/** Every migration of this service, in order. Reviewed like code; never edited after it lands. */
export const migrations: Array<new () => MigrationInterface> = [
  ...messagingMigrations,
  ...AUDIT_MIGRATIONS,
  CreateStandardsTables1764050000000,
  ...CALENDAR_STORE_MIGRATIONS,
  ReviewFixesSchema1795700000000,
  ReviewFixesBackfill1795700000001,
  DropReglamentSingleAct1795700000002,
  OrganizationWithoutBin1795700000003,
  OrganizationRoles1795700000004,
  CreateIdempotencyKey1764900000000,
  StandardApprovingAct1796508899022,
  CreateStandardRecommendations1796509153590,
  ServiceExclusionDecree1796509455838,
  VersionsClosedByExclusion1796509455839,
  TransitionImport1796509943625,
  InformationUpdatesPerBody1796509467252,
  DropAcceptanceDayFlag1796510643190,
  StandardPublication1796519957392,
  NoticeSourceInKazakhAndRussian1796523600000,
  ReglamentInformationSystemInKazakhAndRussian1796526107732,
  ParkedEntriesIntoForce1796530478184,
  EntryIntoForceErrorsInKazakhAndRussian1796543009885,
  BackfillEntryIntoForceErrors1796543009886,
  EntryIntoForceErrorsRequired1796543009887,
];
