import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { dayReasonKinds, type DayReasonKind } from '@kzps/calendar';
import { BilingualDto } from '../../common/bilingual.dto';
import { termKinds, termStatuses, type TermKind, type TermStatus } from '../statutory-term.entity';

/** A day the calendar library did not count, or moved the end of the term over, and why. */
export class SkippedDayDto {
  @ApiProperty({ example: '2026-03-23' })
  date!: string;

  @ApiProperty({ enum: dayReasonKinds, example: 'holiday' })
  kind!: DayReasonKind;

  @ApiProperty({ type: BilingualDto, example: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы' } })
  reason!: BilingualDto;

  @ApiPropertyOptional({ type: BilingualDto, description: 'The legal act that makes the day a day off' })
  source?: BilingualDto;
}

export class TermResponseDto {
  @ApiProperty({ example: 'c1d2e3f4-0000-4000-8000-000000000001' })
  id!: string;

  @ApiProperty({ enum: termKinds, example: 'standard_adoption' })
  kind!: TermKind;

  @ApiProperty({ example: '7.1', description: 'The article of the Law that sets the term' })
  article!: string;

  @ApiProperty({ example: 'standard', description: '`standard`, or the version id the term belongs to' })
  scope!: string;

  @ApiProperty({ example: '2026-01-05T04:00:00.000Z' })
  startsAt!: string;

  @ApiProperty({ example: '2026-04-06', description: 'Last day of the term, Asia/Almaty' })
  dueDate!: string;

  @ApiProperty({ example: '2026-04-06T18:59:59.999Z', description: 'The instant the term runs out' })
  dueAt!: string;

  @ApiProperty({
    example: '2026-04-06T23:59:59.999+05:00',
    description: 'The same instant in Kazakhstan time',
  })
  dueAtLocal!: string;

  @ApiProperty({
    type: [SkippedDayDto],
    description: 'Days the calendar did not count, or moved the end over, with their reasons',
  })
  skipped!: SkippedDayDto[];

  @ApiProperty({
    example: false,
    description: 'A year the term touches has no final calendar yet; the end may still move',
  })
  provisional!: boolean;

  @ApiProperty({ enum: termStatuses, example: 'open' })
  status!: TermStatus;

  @ApiProperty({ example: false, description: 'Outstanding: open and past due, or missed and not met since' })
  overdue!: boolean;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  metAt!: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  missedAt!: string | null;
}
