import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import {
  PageQueryDto,
  IsBilingualText,
  IsCalendarDate,
  LongBilingualTextDto,
  NestedItems,
  queryDecimalInteger,
  ShortBilingualTextDto,
} from '@kzps/platform';
import { HALF_YEAR } from '../half-years';
import { InternalControlExamples as X } from '../internal-control.examples';

export class RequestInternalControlDto {
  @ApiProperty({ format: 'uuid', example: X.ownerId, description: 'The owner asked for its results' })
  @IsUUID()
  ownerOrganizationId!: string;

  @ApiProperty({ type: ShortBilingualTextDto, example: X.subject })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  subject!: ShortBilingualTextDto;

  @ApiProperty({ example: '2026-01-01' })
  @IsCalendarDate()
  periodFrom!: string;

  @ApiProperty({ example: '2026-08-31' })
  @IsCalendarDate()
  periodTo!: string;

  @ApiProperty({
    example: '2026-09-21',
    description: 'The day it is due; a day off moves it to the next working day',
  })
  @IsCalendarDate()
  dueDate!: string;
}

/** Art. 22.4: whom internal control covers. */
export const controlledUnitKinds = [
  'structural-unit',
  'territorial-unit',
  'individual-provider',
  'subordinate-institution',
  'state-participation-entity',
  'non-state-entity',
] as const;
export type ControlledUnitKind = (typeof controlledUnitKinds)[number];

export class ControlledUnitDto {
  @ApiProperty({ enum: controlledUnitKinds, example: 'territorial-unit' })
  @IsIn(controlledUnitKinds)
  kind!: ControlledUnitKind;

  @ApiPropertyOptional({ format: 'uuid', example: X.unitId, description: 'Its registry id, if it has one' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({
    type: ShortBilingualTextDto,
    example: X.unitName,
    description:
      'The unit’s or organisation’s name; an individual provider by its registry designation, not name',
  })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  name!: ShortBilingualTextDto;

  @ApiProperty({ example: 4, minimum: 0, description: 'Checks held' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  checks!: number;

  @ApiProperty({ example: 1, minimum: 0, description: 'Violations found' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  violations!: number;

  @ApiPropertyOptional({ type: LongBilingualTextDto, example: X.measures })
  @IsOptional()
  @IsBilingualText(LongBilingualTextDto)
  measures?: LongBilingualTextDto;
}

export class SubmitInternalControlReportDto {
  @ApiPropertyOptional({ example: '2026-H1', description: 'The half-year reported on (Art. 22.5)' })
  @IsOptional()
  @Matches(HALF_YEAR, { message: 'halfYear must be written YYYY-H1 or YYYY-H2' })
  halfYear?: string;

  @ApiPropertyOptional({ format: 'uuid', example: X.requestId, description: 'Or the request answered' })
  @IsOptional()
  @IsUUID()
  requestId?: string;

  @ApiProperty({ type: [ControlledUnitDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @NestedItems(ControlledUnitDto)
  units!: ControlledUnitDto[];

  @ApiProperty({ type: LongBilingualTextDto, example: X.summary })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  summary!: LongBilingualTextDto;
}

export class InternalControlYearQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: 2026,
    description: 'The year of the periods (default: this year, Asia/Almaty)',
  })
  @IsOptional()
  @Transform(queryDecimalInteger)
  @IsInt()
  @Min(2005)
  @Max(2098)
  year?: number;
}
