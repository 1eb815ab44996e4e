import { IsOptional, Matches } from 'class-validator';
import { IsCalendarDate } from '@kzps/platform';
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

  /**
   * Art. 25: the day the Law "On public services" entered into force (YYYY-MM-DD). Standards in force before
   * it get three months from it to be aligned with the law; inclusions before it start no Art. 7.1/9.5
   * clock. Unset (the default): no alignment term is tracked, and the import report says so.
   */
  @IsOptional()
  @IsCalendarDate({
    message: 'PUBLIC_SERVICES_LAW_IN_FORCE_DATE must be a date YYYY-MM-DD from 2005 to 2099',
  })
  PUBLIC_SERVICES_LAW_IN_FORCE_DATE?: string;
}
