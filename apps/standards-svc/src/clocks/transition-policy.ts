import { Injectable } from '@nestjs/common';
import { StandardsConfig } from '../config';
import { TermCalendar } from './term-calendar';
import { statutoryTermEnd } from './terms.service';

/**
 * Which history the statutory clocks leave alone (Art. 25). A law does not act backwards, and this service
 * cannot know what was done before it learned of a service: an inclusion dated before the law's entry into
 * force, or one whose Art. 7.1 term had already run out when it arrived here (an import of the registry's
 * stock with historical decree dates, a replay of the registry's compacted topic, D12), starts no clock
 * and raises no miss. Such a service's standard is imported as in force, or drafted with no term tracked.
 */
@Injectable()
export class TransitionPolicy {
  /** Art. 25: the day the law entered into force, when configured. */
  readonly lawInForceDate: string | undefined;

  constructor(
    config: StandardsConfig,
    private readonly calendar: TermCalendar,
  ) {
    this.lawInForceDate = config.PUBLIC_SERVICES_LAW_IN_FORCE_DATE;
  }

  inclusionStartsClocks(includedAt: Date, now: Date): boolean {
    if (this.lawInForceDate && this.calendar.localDate(includedAt) < this.lawInForceDate) return false;
    return statutoryTermEnd.standard_adoption(this.calendar, includedAt).dueAt >= now;
  }

  /** The start of the law's first day in force, when configured: the Art. 25 term counts from it. */
  lawInForceFrom(): Date | undefined {
    return this.lawInForceDate ? this.calendar.startOfDay(this.lawInForceDate) : undefined;
  }
}
