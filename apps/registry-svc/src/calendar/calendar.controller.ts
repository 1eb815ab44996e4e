import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentIdentity, Public, Roles, type Identity } from '@kzps/auth';
import { actorOf } from '../common/actor';
import { ApiProblems } from '../common/api-problems.decorator';
import { PageQueryDto, type Page } from '../common/page.dto';
import { CALENDAR_WRITERS } from '../common/registry-roles';
import { CalendarService } from './calendar.service';
import {
  AmendmentDto,
  AmendmentPageDto,
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
  @ApiProblems(400)
  term(@Query() query: TermQueryDto): TermDto {
    return this.calendar.term(query);
  }

  @Get('days/:date')
  @Public()
  @ApiOperation({ summary: 'One day: working or not, and every reason' })
  @ApiOkResponse({ type: CalendarDayDto })
  @ApiProblems(400)
  day(@Param() params: DateParamsDto): CalendarDayDto {
    return this.calendar.day(params.date);
  }

  @Get('amendments')
  @Public()
  @ApiOperation({ summary: 'Every amendment recorded, revoked ones included, newest first (paginated)' })
  @ApiOkResponse({ type: AmendmentPageDto })
  @ApiProblems(400)
  amendments(@Query() query: PageQueryDto): Promise<Page<AmendmentDto>> {
    return this.calendar.amendments(query);
  }

  @Post('amendments')
  @Roles(...CALENDAR_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Record a transfer of a day off, an extra day off or a withdrawn one (administrator)',
    description: 'Applies at once here and, through the calendar.changed event, in every other service.',
  })
  @ApiCreatedResponse({ type: AmendmentDto })
  @ApiProblems(400, 401, 403)
  record(@Body() body: RecordAmendmentDto, @CurrentIdentity() identity: Identity): Promise<AmendmentDto> {
    return this.calendar.record(body, actorOf(identity));
  }

  @Post('amendments/:id/revocation')
  @HttpCode(200)
  @Roles(...CALENDAR_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: 'Revoke an amendment recorded in error or cancelled (administrator)' })
  @ApiOkResponse({ type: AmendmentDto })
  @ApiProblems(400, 401, 403, 404, 409)
  revoke(
    @Param('id') id: string,
    @Body() body: RevokeAmendmentDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<AmendmentDto> {
    return this.calendar.revoke(id, body.basis, actorOf(identity));
  }

  @Get(':year')
  @Public()
  @ApiOperation({ summary: 'A year’s non-working days and worked weekends, with their reasons' })
  @ApiOkResponse({ type: CalendarYearDto })
  @ApiProblems(400)
  year(@Param() params: YearQueryParamsDto): CalendarYearDto {
    return this.calendar.year(params.year);
  }
}
