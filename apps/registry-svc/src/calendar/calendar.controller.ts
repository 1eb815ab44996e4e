import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, Public, Roles, type Identity } from '@kzps/auth';
import { ApiProblems, ApiUuidParam, malformedId, badPage, PageQueryDto, type Page } from '@kzps/platform';
import { actorOf } from '../common/actor';
import { exampleIds } from '../common/api-examples';
import { CALENDAR_WRITERS } from '../common/registry-roles';
import { calendarProblems as problems } from './calendar.problems';
import { CalendarService } from './calendar.service';
import {
  CalendarAmendmentDto,
  CalendarAmendmentPageDto,
  CalendarDayDto,
  CalendarSummaryDto,
  CalendarYearDto,
  DateParamsDto,
  RecordAmendmentDto,
  RevokeAmendmentDto,
  TermDto,
  TermQueryDto,
  YearQueryParamsDto,
} from './dto/calendar.dto';

const administrator = guardProblems(CALENDAR_WRITERS);

/** What an administrator records: a Government transfer of a day off, the announced date of Kurban Ait. */
const amendmentBodies = {
  transfer: {
    summary: 'A transfer: Saturday 19 December worked, Friday 18 December off',
    value: {
      kind: 'transfer',
      from: '2026-12-19',
      to: '2026-12-18',
      legalBasis: {
        kk: '«2026 жылға демалыс күндерін ауыстыру туралы» Қазақстан Республикасы Үкіметінің қаулысы',
        ru: 'Постановление Правительства Республики Казахстан «О переносе выходных дней на 2026 год»',
      },
    },
  },
  kurbanAit: {
    summary: 'The announced date of Kurban Ait (Labour Code Art. 84.5: on any day, also a Sunday)',
    value: {
      kind: 'day_off',
      date: '2027-05-16',
      nameKk: 'Құрбан айттың бірінші күні',
      nameRu: 'Первый день Курбан айта',
      holidayId: 'kurban_ait',
      legalBasis: {
        kk: 'Қазақстан Республикасының Еңбек кодексі, 84-бап; күнін Қазақстан мұсылмандары діни басқармасы жариялады',
        ru: 'Трудовой кодекс Республики Казахстан, ст. 84; дата объявлена Духовным управлением мусульман Казахстана',
      },
    },
  },
};

@ApiTags('calendar')
@Controller('api/v1/registry/calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The calendar: its revision, the verified years and the amendments in force' })
  @ApiOkResponse({ type: CalendarSummaryDto })
  summary(): Promise<CalendarSummaryDto> {
    return this.calendar.summary();
  }

  @Get('terms')
  @Public()
  @ApiOperation({
    summary: 'Where a statutory term ends, with the days it skipped and why',
    description:
      'Counted from the day after the event (or from the event’s day with startDayCounts=true, Art. 14.1); ' +
      'a term in calendar days or months ending on a non-working day ends on the next working day; the term ' +
      'ends at the end of its last day in Kazakhstan (UTC+5). Write the start’s offset URL-encoded ' +
      '(`start=2026-03-19T10:00:00%2B05:00`): an unencoded `+` arrives as a space.',
  })
  @ApiOkResponse({ type: TermDto })
  @ApiProblems(problems.badAmount, problems.badInstant, problems.badSuspension)
  term(@Query() query: TermQueryDto): TermDto {
    return this.calendar.term(query);
  }

  @Get('days/:date')
  @Public()
  @ApiOperation({ summary: 'One day: working or not, and every reason' })
  @ApiOkResponse({ type: CalendarDayDto })
  @ApiProblems(problems.badDateForm, problems.notADay)
  day(@Param() params: DateParamsDto): CalendarDayDto {
    return this.calendar.day(params.date);
  }

  @Get('amendments')
  @Public()
  @ApiOperation({ summary: 'Every amendment recorded, revoked ones included, newest first (paginated)' })
  @ApiOkResponse({ type: CalendarAmendmentPageDto })
  @ApiProblems(badPage)
  amendments(@Query() query: PageQueryDto): Promise<Page<CalendarAmendmentDto>> {
    return this.calendar.amendments(query);
  }

  @Post('amendments')
  @Roles(...CALENDAR_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Record a transfer of a day off, an extra day off or a withdrawn one (administrator)',
    description: 'Applies at once here and, through the calendar.changed event, in every other service.',
  })
  @ApiBody({ type: RecordAmendmentDto, examples: amendmentBodies })
  @ApiCreatedResponse({ type: CalendarAmendmentDto })
  @ApiProblems(problems.badKind, problems.notApplicable, ...administrator)
  record(
    @Body() body: RecordAmendmentDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<CalendarAmendmentDto> {
    return this.calendar.record(body, actorOf(identity));
  }

  @Post('amendments/:id/revocation')
  @HttpCode(200)
  @Roles(...CALENDAR_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: 'Revoke an amendment recorded in error or cancelled (administrator)' })
  @ApiUuidParam('id', exampleIds.calendarAmendment, 'The amendment')
  @ApiOkResponse({ type: CalendarAmendmentDto })
  @ApiProblems(
    malformedId,
    problems.badBasis,
    ...administrator,
    problems.amendmentNotFound,
    problems.alreadyRevoked,
  )
  revoke(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RevokeAmendmentDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<CalendarAmendmentDto> {
    return this.calendar.revoke(id, body.basis, actorOf(identity));
  }

  @Get(':year')
  @Public()
  @ApiOperation({ summary: 'A year’s non-working days and worked weekends, with their reasons' })
  @ApiOkResponse({ type: CalendarYearDto })
  @ApiProblems(problems.badYear, problems.yearOutOfRange)
  year(@Param() params: YearQueryParamsDto): CalendarYearDto {
    return this.calendar.year(params.year);
  }
}
