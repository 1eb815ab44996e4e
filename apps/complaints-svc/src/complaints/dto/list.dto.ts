import { ApiPropertyOptional } from '@nestjs/swagger';
import { complaintGrounds, type ComplaintGround } from '@kzps/contracts';
import { IsCalendarDate, PageQueryDto, queryBoolean } from '@kzps/platform';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';

const stageStates = ['open', 'redirected', 'decided', 'closed'] as const;

/** An instance's register (Art. 19.4.1), filtered as an officer works through it. */
export class RegisterQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: stageStates, example: 'open' })
  @IsOptional()
  @IsIn(stageStates)
  state?: (typeof stageStates)[number];

  @ApiPropertyOptional({
    type: 'boolean',
    example: false,
    description: 'Only the entries whose term passed undecided',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ enum: complaintGrounds, example: 'term_missed' })
  @IsOptional()
  @IsIn(complaintGrounds)
  ground?: ComplaintGround;

  @ApiPropertyOptional({ format: 'uuid', example: '3f1b6a52-8e0e-4d2b-9b7c-2d4b7a1e5c10' })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-07-01', description: 'Registered on or after' })
  @IsOptional()
  @IsCalendarDate()
  registeredFrom?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-07-31', description: 'Registered on or before' })
  @IsOptional()
  @IsCalendarDate()
  registeredTo?: string;
}
