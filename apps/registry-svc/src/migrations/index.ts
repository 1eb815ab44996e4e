import type { MigrationInterface } from 'typeorm';
import { AUDIT_MIGRATIONS } from '@kzps/audit';
import { CALENDAR_STORE_MIGRATIONS } from '@kzps/calendar-store';
import { CreateIdempotencyKey1764900000000 } from '@kzps/db';
import { messagingMigrations } from '@kzps/messaging';
import { CreateRegistryTables1764100000000 } from './1764100000000-create-registry-tables.migration';
import { AddSearchRankVector1764200000000 } from './1764200000000-add-search-rank-vector.migration';
import { OrganizationIdentifiers1764300000000 } from './1764300000000-organization-identifiers.migration';
import { ScheduledServiceVersions1764400000000 } from './1764400000000-scheduled-service-versions.migration';
import { BackfillAppliedVersions1764400000001 } from './1764400000001-backfill-applied-versions.migration';
import { SearchProjection1764500000000 } from './1764500000000-search-projection.migration';
import { DecreeKind1764600000000 } from './1764600000000-decree-kind.migration';
import { BackfillDecreeKinds1764600000001 } from './1764600000001-backfill-decree-kinds.migration';
import { DecreeKindRequired1764600000002 } from './1764600000002-decree-kind-required.migration';
import { RevocableScheduledVersions1764700000000 } from './1764700000000-revocable-scheduled-versions.migration';
import { DropEntryCodePrefixIndex1764700000001 } from './1764700000001-drop-entry-code-prefix-index.migration';
import { ImportJobs1764900000100 } from './1764900000100-import-jobs.migration';
import { ParkedServiceVersions1764900000200 } from './1764900000200-parked-service-versions.migration';
import { DropEntryCodeSequence1764900000300 } from './1764900000300-drop-entry-code-sequence.migration';
import { ServiceOwnerOptional1796508930517 } from './1796508930517-service-owner-optional.migration';
import { LocalExecutiveOwnersToProviders1796508930518 } from './1796508930518-local-executive-owners-to-providers.migration';
import { AuthorityDesignations1796522528083 } from './1796522528083-authority-designations.migration';
import { ParkedVersionErrorsInKazakhAndRussian1796543009882 } from './1796543009882-parked-version-errors-in-kazakh-and-russian.migration';
import { BackfillParkedVersionErrors1796543009883 } from './1796543009883-backfill-parked-version-errors.migration';
import { ParkedVersionErrorsRequired1796543009884 } from './1796543009884-parked-version-errors-required.migration';

/** Every migration of this service, in order. Reviewed like code; never edited after it lands. */
export const migrations: Array<new () => MigrationInterface> = [
  ...messagingMigrations,
  ...AUDIT_MIGRATIONS,
  CreateRegistryTables1764100000000,
  ...CALENDAR_STORE_MIGRATIONS,
  AddSearchRankVector1764200000000,
  OrganizationIdentifiers1764300000000,
  ScheduledServiceVersions1764400000000,
  BackfillAppliedVersions1764400000001,
  SearchProjection1764500000000,
  DecreeKind1764600000000,
  BackfillDecreeKinds1764600000001,
  DecreeKindRequired1764600000002,
  RevocableScheduledVersions1764700000000,
  DropEntryCodePrefixIndex1764700000001,
  CreateIdempotencyKey1764900000000,
  ImportJobs1764900000100,
  ParkedServiceVersions1764900000200,
  DropEntryCodeSequence1764900000300,
  ServiceOwnerOptional1796508930517,
  LocalExecutiveOwnersToProviders1796508930518,
  AuthorityDesignations1796522528083,
  ParkedVersionErrorsInKazakhAndRussian1796543009882,
  BackfillParkedVersionErrors1796543009883,
  ParkedVersionErrorsRequired1796543009884,
];
