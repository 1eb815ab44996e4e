import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  datedHolidayIds,
  dayReasonKinds,
  holidayIds,
  termUnits,
  type DatedHolidayId,
  type DayReasonKind,
  type HolidayId,
  type TermUnit,
} from '@kzps/calendar';
import { calendarAmendmentKinds, type CalendarAmendmentKind } from '@kzps/contracts';
import { Transform } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  IsBilingualText,
  IsCalendarDate,
  IsNonBlankText,
  pageDtoOf,
  queryBoolean,
  queryDecimalInteger,
  queryList,
  ShortBilingualTextDto,
} from '@kzps/platform';
import { exampleIds } from '../../common/api-examples';

/**
 * A '+' written unencoded in a query string arrives as a space, so `…T10:00:00 05:00` (one space before the
 * hh:mm at the end, nothing else) is read as `…T10:00:00+05:00`.
 */
const plusFromSpace = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.replace(/^([^ ]+) (\d{2}:\d{2})$/, '$1+$2') : value;

export class TextDto {
  @ApiProperty({ example: 'Наурыз мейрамы' })
  kk!: string;

  @ApiProperty({ example: 'Наурыз мейрамы' })
  ru!: string;
}

export class DayReasonDto {
  @ApiProperty({ enum: dayReasonKinds, example: 'holiday_shift' })
  kind!: DayReasonKind;

  @ApiProperty({
    example: 'Ауыстырылған демалыс күні: Наурыз мейрамы (2026 жылғы 21 наурыз) демалыс күнімен сәйкес келді',
  })
  kk!: string;

  @ApiProperty({
    example: 'Перенесённый выходной день: Наурыз мейрамы (21 марта 2026 г.) совпал с выходным днём',
  })
  ru!: string;

  @ApiPropertyOptional({ type: TextDto, description: 'The act the day comes from' })
  source?: TextDto;

  @ApiPropertyOptional({ enum: holidayIds, example: 'nauryz' })
  holidayId?: HolidayId;

  @ApiPropertyOptional({
    format: 'uuid',
    example: exampleIds.calendarAmendment,
    description: 'The amendment that made the day what it is',
  })
  amendmentId?: string;
}

export class CalendarDayDto {
  @ApiProperty({ example: '2026-03-24' })
  date!: string;

  @ApiProperty({ example: false })
  working!: boolean;

  @ApiProperty({
    type: [DayReasonDto],
    description: 'Empty for an ordinary working day; the deciding reason first',
  })
  reasons!: DayReasonDto[];
}

export class PendingHolidayDto {
  @ApiProperty({ example: 2027 })
  year!: number;

  @ApiProperty({ enum: holidayIds, example: 'kurban_ait' })
  id!: HolidayId;

  @ApiProperty({ type: TextDto })
  name!: TextDto;
}

export class CalendarYearDto {
  @ApiProperty({ example: 2026 })
  year!: number;

  @ApiProperty({
    example: false,
    description:
      'True while the year’s data is incomplete (a religious date not announced yet, or an unverified year)',
  })
  provisional!: boolean;

  @ApiProperty({ type: [PendingHolidayDto] })
  pending!: PendingHolidayDto[];

  @ApiProperty({ example: [6, 0], description: 'Days off of the five-day week (0 = Sunday, 6 = Saturday)' })
  weekendDays!: number[];

  @ApiProperty({
    type: [CalendarDayDto],
    description: 'Holidays, moved days off and transferred days off (holidays on a weekend included)',
  })
  nonWorkingDays!: CalendarDayDto[];

  @ApiProperty({
    type: [CalendarDayDto],
    description: 'Saturdays and Sundays made working days by a transfer',
  })
  workingDays!: CalendarDayDto[];

  @ApiProperty({ example: 246 })
  workingDayCount!: number;

  @ApiProperty({ example: 119 })
  nonWorkingDayCount!: number;
}

export class YearQueryParamsDto {
  @ApiProperty({ example: 2026 })
  @Transform(queryDecimalInteger)
  @IsInt({ message: 'year must be a whole number in decimal digits' })
  year!: number;
}

export class DateParamsDto {
  @ApiProperty({ example: '2026-03-24' })
  @IsCalendarDate()
  date!: string;
}

export class TermQueryDto {
  @ApiProperty({
    example: '2026-03-19T10:00:00+05:00',
    description:
      'The triggering event, ISO 8601 with its zone. URL-encode the offset’s plus sign (`%2B05:00`); an ' +
      'unencoded one arrives as a space and is read back as `+` only in the form `…T10:00:00 05:00`.',
  })
  @Transform(plusFromSpace)
  @IsString()
  @MaxLength(40)
  start!: string;

  @ApiProperty({ example: 5, description: 'A whole number in decimal digits' })
  @Transform(queryDecimalInteger)
  @IsInt({ message: 'amount must be a whole number in decimal digits' })
  @Min(1)
  amount!: number;

  @ApiProperty({ enum: termUnits, example: 'working_days' })
  @IsIn(termUnits, { message: `unit must be one of ${termUnits.join(', ')}` })
  unit!: TermUnit;

  @ApiPropertyOptional({
    example: false,
    description:
      'Count the day of the event itself (Art. 14.1: acceptance at a PSC); otherwise the term starts the next day',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  startDayCounts?: boolean;

  @ApiPropertyOptional({
    type: [String],
    example: ['2026-06-03/2026-06-04'],
    description: 'Days the term does not run (both included), `from/to`; repeat the parameter for several',
  })
  @IsOptional()
  @Transform(queryList)
  @IsArray()
  @Matches(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/, {
    each: true,
    message: 'suspension must be YYYY-MM-DD/YYYY-MM-DD',
  })
  suspension?: string[];

  @ApiPropertyOptional({
    example: 3,
    description:
      'Also give the latest working day for a notice this many working days before the term ends (Art. 19.6: ' +
      'an extension is announced no later than three working days before), with the days off in between',
  })
  @IsOptional()
  @Transform(queryDecimalInteger)
  @IsInt({ message: 'noticeWorkingDays must be a whole number in decimal digits' })
  @Min(1)
  @Max(60)
  noticeWorkingDays?: number;
}

export class SkippedDayDto {
  @ApiProperty({ example: '2026-03-24' })
  date!: string;

  @ApiProperty({ enum: dayReasonKinds, example: 'holiday_shift' })
  kind!: DayReasonKind;

  @ApiProperty({ type: TextDto })
  reason!: TextDto;

  @ApiPropertyOptional({ type: TextDto })
  source?: TextDto;
}

export class NoticeDto {
  @ApiProperty({ example: 3 })
  workingDays!: number;

  @ApiProperty({
    example: '2026-03-26',
    description: 'The latest working day after which exactly `workingDays` working days remain to the end',
  })
  date!: string;

  @ApiProperty({ type: [SkippedDayDto], description: 'The days off between that day and the end, and why' })
  skipped!: SkippedDayDto[];
}

export class TermDto {
  @ApiProperty({ example: '2026-03-19T10:00:00.000+05:00' })
  start!: string;

  @ApiProperty({ example: '2026-03-20', description: 'The first day the term runs' })
  firstDay!: string;

  @ApiProperty({ example: '2026-03-31T23:59:59.999+05:00', description: 'The end of the last day' })
  due!: string;

  @ApiProperty({ example: '2026-03-31' })
  dueDate!: string;

  @ApiProperty({ type: [SkippedDayDto], description: 'Days that did not count, or over which the end moved' })
  skipped!: SkippedDayDto[];

  @ApiProperty({ example: 0, description: 'Working days inside the suspensions that applied' })
  suspendedWorkingDays!: number;

  @ApiProperty({
    example: 0,
    description:
      'Every day inside the suspensions that applied (what pushes a term in calendar days or months)',
  })
  suspendedDays!: number;

  @ApiProperty({ example: false })
  provisional!: boolean;

  @ApiPropertyOptional({ type: NoticeDto, description: 'Present when noticeWorkingDays was asked' })
  notice?: NoticeDto;
}

export class RecordAmendmentDto {
  @ApiProperty({ enum: calendarAmendmentKinds, example: 'transfer' })
  @IsIn(calendarAmendmentKinds, { message: `kind must be one of ${calendarAmendmentKinds.join(', ')}` })
  kind!: CalendarAmendmentKind;

  @ApiPropertyOptional({
    example: '2026-12-19',
    description: 'transfer: the day off that becomes a working day',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-18',
    description: 'transfer: the working day that becomes a day off',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ example: '2027-05-16', description: 'day_off / working_day: the day' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({
    example: 'Құрбан айттың бірінші күні',
    description: 'day_off / working_day: what it is, in Kazakh',
  })
  @IsOptional()
  @IsNonBlankText(300)
  nameKk?: string;

  @ApiPropertyOptional({
    example: 'Первый день Курбан айта',
    description: 'day_off / working_day: what it is, in Russian',
  })
  @IsOptional()
  @IsNonBlankText(300)
  nameRu?: string;

  @ApiPropertyOptional({
    enum: datedHolidayIds,
    example: 'kurban_ait',
    description:
      'day_off: the announced date of a religious day off dated each year; recorded on any day, weekends ' +
      'included (Labour Code Art. 84.5: it does not move), once a year',
  })
  @IsOptional()
  @IsIn(datedHolidayIds, { message: `holidayId must be one of ${datedHolidayIds.join(', ')}` })
  holidayId?: DatedHolidayId;

  @ApiProperty({
    type: ShortBilingualTextDto,
    description: 'The act, in Kazakh and Russian (Art. 5); each at most 1000 characters',
    example: {
      kk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 20 қарашадағы № 412 бұйрығы',
      ru: 'Приказ Министра труда и социальной защиты населения Республики Казахстан от 20 ноября 2026 года № 412',
    },
  })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  legalBasis!: ShortBilingualTextDto;
}

export class RevokeAmendmentDto {
  @ApiProperty({ example: 'Приказ от 25 ноября 2026 года № 420 отменил перенос' })
  @IsNonBlankText(1000, 3)
  basis!: string;
}

export class CalendarAmendmentDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.calendarAmendment })
  id!: string;

  @ApiProperty({ enum: calendarAmendmentKinds, example: 'transfer' })
  kind!: CalendarAmendmentKind;

  @ApiPropertyOptional({ example: '2026-12-19' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-18' })
  to?: string;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  date?: string;

  @ApiPropertyOptional({ type: TextDto })
  name?: TextDto;

  @ApiPropertyOptional({
    enum: holidayIds,
    example: 'kurban_ait',
    description: 'Only on a day_off that is the announced date of a religious holiday',
  })
  holidayId?: HolidayId;

  @ApiProperty({
    type: TextDto,
    example: {
      kk: 'ҚР Еңбек және халықты әлеуметтік қорғау министрінің 20.11.2026 № 412 бұйрығы',
      ru: 'Приказ Министра труда и социальной защиты населения РК от 20.11.2026 № 412',
    },
  })
  legalBasis!: TextDto;

  @ApiProperty({ example: '2026-11-20T09:00:00.000Z' })
  recordedAt!: string;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  revokedAt!: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  revocationBasis!: string | null;
}

export const CalendarAmendmentPageDto = pageDtoOf(CalendarAmendmentDto, 'CalendarAmendmentPageDto');

export class CalendarSummaryDto {
  @ApiProperty({ example: 3, description: 'Grows with every recorded or revoked amendment' })
  revision!: number;

  @ApiProperty({ example: [6, 0] })
  weekendDays!: number[];

  @ApiProperty({
    example: [{ year: 2026, provisional: false, pending: [] }],
    description: 'The years with verified data',
  })
  years!: Array<{ year: number; provisional: boolean; pending: PendingHolidayDto[] }>;

  @ApiProperty({ type: [CalendarAmendmentDto], description: 'Amendments in force' })
  amendments!: CalendarAmendmentDto[];
}
