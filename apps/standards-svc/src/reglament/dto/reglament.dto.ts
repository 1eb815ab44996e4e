import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BilingualDto } from '../../common/bilingual.dto';
import { stepUnits, type StepUnit } from '../reglament-term';

export class StepDurationDto {
  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(1)
  value!: number;

  @ApiProperty({ enum: stepUnits, example: 'hours' })
  @IsIn(stepUnits)
  unit!: StepUnit;
}

export class ReglamentStepDto {
  @ApiProperty({ type: BilingualDto, example: { kk: 'Құжаттарды қабылдау', ru: 'Приём документов' } })
  @ValidateNested()
  @Type(() => BilingualDto)
  title!: BilingualDto;

  @ApiProperty({ type: BilingualDto, example: { kk: 'Кеңсе', ru: 'Канцелярия' } })
  @ValidateNested()
  @Type(() => BilingualDto)
  responsibleUnit!: BilingualDto;

  @ApiProperty({ type: BilingualDto, example: { kk: 'Маман', ru: 'Специалист' } })
  @ValidateNested()
  @Type(() => BilingualDto)
  officialRole!: BilingualDto;

  @ApiPropertyOptional({ example: 'ИС «Е-лицензирование»', description: 'The information system used' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  informationSystem?: string;

  @ApiProperty({ type: StepDurationDto })
  @ValidateNested()
  @Type(() => StepDurationDto)
  duration!: StepDurationDto;
}

export class ReglamentInteractionsDto {
  @ApiProperty({ type: BilingualDto, description: 'Art. 11.1.3: officials, units and information systems' })
  @ValidateNested()
  @Type(() => BilingualDto)
  internal!: BilingualDto;

  @ApiPropertyOptional({ type: BilingualDto, description: 'Art. 11.1.4: the PSC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BilingualDto)
  psc?: BilingualDto;

  @ApiPropertyOptional({ type: BilingualDto, description: 'Art. 11.1.4: other bodies and providers' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BilingualDto)
  otherBodies?: BilingualDto;
}

export class PutReglamentDto {
  @ApiProperty({ type: BilingualDto, description: 'Art. 11.1.1: general provisions' })
  @ValidateNested()
  @Type(() => BilingualDto)
  generalProvisions!: BilingualDto;

  @ApiProperty({ type: [ReglamentStepDto], description: 'Art. 11.1.2: the steps, in order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ReglamentStepDto)
  steps!: ReglamentStepDto[];

  @ApiProperty({ type: ReglamentInteractionsDto })
  @ValidateNested()
  @Type(() => ReglamentInteractionsDto)
  interactions!: ReglamentInteractionsDto;
}

export class ApproveReglamentDto {
  @ApiProperty({ example: '145', description: 'Number of the order or akimat resolution' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  actNumber!: string;

  @ApiProperty({ example: '2026-04-10' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  actDate!: string;
}

export class ReglamentStepResponseDto extends ReglamentStepDto {
  @ApiProperty({ example: 1 })
  order!: number;
}

export class ReglamentResponseDto {
  @ApiProperty({ example: '5e4d3c2b-0000-4000-8000-000000000008' })
  id!: string;

  @ApiProperty({ example: 'a1b2c3d4-0000-4000-8000-000000000003' })
  standardId!: string;

  @ApiProperty({ example: 'b7c1f3e2-0000-4000-8000-000000000002' })
  versionId!: string;

  @ApiProperty({ enum: ['draft', 'agreement', 'approved'], example: 'draft' })
  status!: string;

  @ApiProperty({ type: BilingualDto })
  generalProvisions!: BilingualDto;

  @ApiProperty({ type: [ReglamentStepResponseDto] })
  steps!: ReglamentStepResponseDto[];

  @ApiProperty({ type: ReglamentInteractionsDto })
  interactions!: ReglamentInteractionsDto;

  @ApiProperty({ enum: ['central_body_order', 'akimat_resolution'], example: 'central_body_order' })
  actKind!: string;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  actNumber!: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  actDate!: string | null;

  @ApiProperty({ example: true, description: 'Art. 10.4: agreement with the informatization authority' })
  informatizationRequired!: boolean;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  informatizationAgreedAt!: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  approvedAt!: string | null;
}
