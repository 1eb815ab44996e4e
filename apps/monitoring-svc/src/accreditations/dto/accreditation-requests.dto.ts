import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsOptional, Matches } from 'class-validator';
import {
  IsBilingualText,
  IsCalendarDate,
  LongBilingualTextDto,
  PageQueryDto,
  ShortBilingualTextDto,
} from '@kzps/platform';
import { AccreditationExamples as X } from '../accreditations.examples';

export class ApplyForAccreditationDto {
  @ApiProperty({ example: X.ngoBin, description: 'The NGO’s BIN (12 digits)' })
  @Matches(/^\d{12}$/, { message: 'ngoBin must be a 12-digit BIN' })
  ngoBin!: string;

  @ApiProperty({ type: ShortBilingualTextDto, example: X.ngoName })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  ngoName!: ShortBilingualTextDto;

  @ApiProperty({ type: LongBilingualTextDto, example: X.scope, description: 'What it means to monitor, how' })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  scope!: LongBilingualTextDto;
}

export const accreditationDecisions = ['granted', 'refused'] as const;
export type AccreditationDecision = (typeof accreditationDecisions)[number];

export class DecideAccreditationDto {
  @ApiProperty({ enum: accreditationDecisions, example: 'granted' })
  @IsIn(accreditationDecisions)
  decision!: AccreditationDecision;

  @ApiPropertyOptional({ example: '2026-09-01', description: 'With `granted`: first day in force' })
  @IsOptional()
  @IsCalendarDate()
  validFrom?: string;

  @ApiPropertyOptional({ example: '2029-08-31', description: 'With `granted`: last day in force' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;

  @ApiPropertyOptional({ type: ShortBilingualTextDto, example: X.reason, description: 'With `refused`' })
  @IsOptional()
  @IsBilingualText(ShortBilingualTextDto)
  reason?: ShortBilingualTextDto;
}

export class AccreditationReasonDto {
  @ApiProperty({ type: ShortBilingualTextDto, example: X.reason })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  reason!: ShortBilingualTextDto;
}

export const accreditationStates = ['applied', 'granted', 'refused', 'suspended', 'revoked'] as const;
export type AccreditationState = (typeof accreditationStates)[number];

export class AccreditationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: accreditationStates, example: 'granted' })
  @IsOptional()
  @IsIn(accreditationStates)
  status?: AccreditationState;
}
