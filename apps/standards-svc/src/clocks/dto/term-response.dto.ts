import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { termKinds, type TermKind, type TermStatus } from '../statutory-term.entity';

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

  @ApiProperty({ example: '2026-04-06T19:00:00.000Z', description: 'The instant the term runs out' })
  dueAt!: string;

  @ApiProperty({ enum: ['open', 'met', 'missed', 'lapsed'], example: 'open' })
  status!: TermStatus;

  @ApiProperty({ example: false, description: 'Open and past due, or missed' })
  overdue!: boolean;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  metAt!: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  missedAt!: string | null;
}
