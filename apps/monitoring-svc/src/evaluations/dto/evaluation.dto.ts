import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBilingualText, IsCalendarDate, NestedItems, ShortBilingualTextDto } from '@kzps/platform';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { YearOverDto } from '../../common/year.dto';
import { evaluationCriteria, type EvaluationCriterion } from '../evaluation-criteria';
import { exampleMethodologyBody } from '../evaluations.examples';

export class MethodologyCriterionDto {
  @ApiProperty({ enum: evaluationCriteria, example: 'on_time_share' })
  @IsIn(evaluationCriteria)
  criterion!: EvaluationCriterion;

  @ApiProperty({ minimum: 1, maximum: 100, example: 30, description: 'Percent; the weights add up to 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;

  @ApiPropertyOptional({
    minimum: 0.0001,
    example: 5,
    description:
      'For complaints_per_1000, inspection_findings, information_updates_late: the figure scoring 0',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.0001)
  @Max(1_000_000)
  worst?: number;
}

export class ScoreBandDto {
  @ApiProperty({ example: 'high', description: 'a-z, digits and -' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{0,39}$/, { message: 'code must be lower-case letters, digits or -, up to 40' })
  code!: string;

  @ApiProperty({ type: ShortBilingualTextDto, example: { kk: 'Жоғары', ru: 'Высокий' } })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  name!: ShortBilingualTextDto;

  @ApiProperty({ minimum: 0, maximum: 100, example: 80 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  minScore!: number;
}

/** Art. 21: the quality authority's methodology of the yearly evaluation, a new version each time. */
export class AdoptMethodologyDto {
  @ApiProperty({ type: ShortBilingualTextDto, example: exampleMethodologyBody.title })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  title!: ShortBilingualTextDto;

  @ApiProperty({
    example: exampleMethodologyBody.adoptedOn,
    description: 'The date of the order adopting it',
  })
  @IsCalendarDate()
  adoptedOn!: string;

  @ApiProperty({ type: [MethodologyCriterionDto], example: exampleMethodologyBody.criteria })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(evaluationCriteria.length)
  @NestedItems(MethodologyCriterionDto)
  criteria!: MethodologyCriterionDto[];

  @ApiProperty({ type: [ScoreBandDto], example: exampleMethodologyBody.bands })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @NestedItems(ScoreBandDto)
  bands!: ScoreBandDto[];
}

export class PublishEvaluationDto extends YearOverDto {}
