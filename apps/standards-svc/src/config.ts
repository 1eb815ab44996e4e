import { IsOptional, Matches } from 'class-validator';
import { AuthServiceConfig } from '@kzps/auth';
import { withCalendarPolling } from '@kzps/calendar-store';
import { withDeadlineWatch } from '@kzps/db';
import { embeddedDatabaseUrl } from '@kzps/platform';

export class StandardsConfig extends withCalendarPolling(
  withDeadlineWatch(AuthServiceConfig, { batch: 100 }),
) {
  override PORT = 3002;

  override DATABASE_URL = embeddedDatabaseUrl('kzps_standards');

  // The public-services and informatization authorities and the Ministry of Justice are the organisations
  // the registry gives their roles to. These BINs only choose when the registry gives a role to more than
  // one active organisation (a re-designation recorded half-way); they never override a single holder.

  /** Tie-breaker for the public-services authority (Art. 7.1). */
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'PUBLIC_SERVICES_AUTHORITY_BIN must be 12 digits' })
  PUBLIC_SERVICES_AUTHORITY_BIN?: string;

  /** Tie-breaker for the informatization authority (Art. 7.3, 10.4). */
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'INFORMATIZATION_AUTHORITY_BIN must be 12 digits' })
  INFORMATIZATION_AUTHORITY_BIN?: string;

  /** Tie-breaker for the Ministry of Justice (Art. 7.2: registration and its refusal). */
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'JUSTICE_MINISTRY_BIN must be 12 digits' })
  JUSTICE_MINISTRY_BIN?: string;
}
