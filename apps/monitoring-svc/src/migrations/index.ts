import { AUDIT_MIGRATIONS } from '@kzps/audit';
import { CALENDAR_STORE_MIGRATIONS } from '@kzps/calendar-store';
import { CreateIdempotencyKey1764900000000 } from '@kzps/db';
import { messagingMigrations } from '@kzps/messaging';
import type { MigrationInterface } from 'typeorm';
import { CreateIndicatorCounts1798000000000 } from './1798000000000-create-indicator-counts.migration';
import { CreateSurveys1798000000001 } from './1798000000001-create-surveys.migration';
import { CreateOrganizationCopies1798000100000 } from './1798000100000-create-organization-copies.migration';
import { CreateInspections1798000100001 } from './1798000100001-create-inspections.migration';
import { CreatePublicMonitoring1798000100002 } from './1798000100002-create-public-monitoring.migration';
import { CreateInternalControl1798000100003 } from './1798000100003-create-internal-control.migration';
import { CreateRecommendations1798000200000 } from './1798000200000-create-recommendations.migration';
import { CreateEvaluations1798000200001 } from './1798000200001-create-evaluations.migration';
import { RecommendationNgoIdAsText1798000200002 } from './1798000200002-recommendation-ngo-id-as-text.migration';
import { CreateAnnualReports1798000200003 } from './1798000200003-create-annual-reports.migration';
import { CreateIndicatorRollups1798000300000 } from './1798000300000-create-indicator-rollups.migration';
import { BackfillIndicatorRollups1798000300001 } from './1798000300001-backfill-indicator-rollups.migration';
import { IndexIndicatorCountsByServiceAndRegion1798000300002 } from './1798000300002-index-indicator-counts-by-service-and-region.migration';
import { ReturnedInspectionOrders1798000300003 } from './1798000300003-returned-inspection-orders.migration';

/** Every migration of this service, in order. Reviewed like code; never edited after it lands. */
export const migrations: Array<new () => MigrationInterface> = [
  ...messagingMigrations,
  ...CALENDAR_STORE_MIGRATIONS,
  ...AUDIT_MIGRATIONS,
  CreateIdempotencyKey1764900000000,
  CreateIndicatorCounts1798000000000,
  CreateSurveys1798000000001,
  CreateOrganizationCopies1798000100000,
  CreateInspections1798000100001,
  CreatePublicMonitoring1798000100002,
  CreateInternalControl1798000100003,
  CreateRecommendations1798000200000,
  CreateEvaluations1798000200001,
  RecommendationNgoIdAsText1798000200002,
  CreateAnnualReports1798000200003,
  CreateIndicatorRollups1798000300000,
  BackfillIndicatorRollups1798000300001,
  IndexIndicatorCountsByServiceAndRegion1798000300002,
  ReturnedInspectionOrders1798000300003,
];
