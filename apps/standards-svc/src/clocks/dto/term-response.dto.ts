import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LongBilingualTextDto } from '@kzps/platform';
import { dayReasonKinds, type DayReasonKind, type SkippedDay } from '@kzps/calendar';
import { storyTerms } from '../../standards/standard.examples';
import { termKinds, termStatuses, type TermKind, type TermStatus } from '../statutory-term.entity';

// The Art. 17.2 term of the story, whose end the calendar moves over a week-end.
const publication = storyTerms[2];
const [saturday]: readonly SkippedDay[] = publication?.skipped ?? [];

/** A day the calendar library did not count, or moved the end of the term over, and why. */
export class SkippedDayDto {
  @ApiProperty({ example: saturday?.date })
  date!: string;

  @ApiProperty({ enum: dayReasonKinds, example: saturday?.kind })
  kind!: DayReasonKind;

  @ApiProperty({ type: LongBilingualTextDto, example: saturday?.reason })
  reason!: LongBilingualTextDto;

  @ApiPropertyOptional({
    type: LongBilingualTextDto,
    example: saturday?.source,
    description: 'The legal act that makes the day a day off',
  })
  source?: LongBilingualTextDto;
}

export class TermResponseDto {
  @ApiProperty({ format: 'uuid', example: publication?.id })
  id!: string;

  @ApiProperty({ enum: termKinds, example: publication?.kind })
  kind!: TermKind;

  @ApiProperty({ example: publication?.article, description: 'The article of the Law that sets the term' })
  article!: string;

  @ApiProperty({
    example: publication?.scope,
    description: '`standard`, or the version id the term belongs to',
  })
  scope!: string;

  @ApiProperty({ example: publication?.startsAt })
  startsAt!: string;

  @ApiProperty({ example: publication?.dueDate, description: 'Last day of the term, Asia/Almaty' })
  dueDate!: string;

  @ApiProperty({ example: publication?.dueAt, description: 'The instant the term runs out' })
  dueAt!: string;

  @ApiProperty({
    example: publication?.dueAtLocal,
    description: 'The same instant in Kazakhstan time',
  })
  dueAtLocal!: string;

  @ApiProperty({
    type: [SkippedDayDto],
    example: publication?.skipped,
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
