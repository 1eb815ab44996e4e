import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

/** The working-day calendar registry-svc owns (CalendarStore comes from the global CalendarStoreModule). */
@Module({ controllers: [CalendarController], providers: [CalendarService] })
export class CalendarModule {}
