import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
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
import { WithinCalendarBounds } from '../../standards/term-bounds';
import { stepUnits, type StepUnit } from '../reglament-term';

export class StepDurationDto {
  @ApiProperty({ example: 2, minimum: 1 })
  @IsInt()
  @Min(1)
  @WithinCalendarBounds()
  value!: number;

  @ApiProperty({ enum: stepUnits, example: 'hours' })
  @IsIn(stepUnits)
  unit!: StepUnit;
}

export class ReglamentStepDto {
  @ApiProperty({ type: BilingualDto, example: { kk: 'Құжаттарды қабылдау', ru: 'Приём документов' } })
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  title!: BilingualDto;

  @ApiProperty({ type: BilingualDto, example: { kk: 'Кеңсе', ru: 'Канцелярия' } })
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  responsibleUnit!: BilingualDto;

  @ApiProperty({ type: BilingualDto, example: { kk: 'Маман', ru: 'Специалист' } })
  @IsDefined()
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
  @IsDefined()
  @ValidateNested()
  @Type(() => StepDurationDto)
  duration!: StepDurationDto;
}

export class ReglamentInteractionsDto {
  @ApiProperty({ type: BilingualDto, description: 'Art. 11.1.3: officials, units and information systems' })
  @IsDefined()
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
  @IsDefined()
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
  @IsDefined()
  @ValidateNested()
  @Type(() => ReglamentInteractionsDto)
  interactions!: ReglamentInteractionsDto;
}

export class ApproveReglamentDto {
  @ApiProperty({ example: '145', description: 'Number of the order, or of this akimat’s resolution' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  actNumber!: string;

  @ApiProperty({
    example: '2026-04-10',
    description: 'Not before the standard came into force, nor after today',
  })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  actDate!: string;
}

export class ReglamentStepResponseDto extends ReglamentStepDto {
  @ApiProperty({ example: 1 })
  order!: number;
}

export class ReglamentActDto {
  @ApiProperty({ example: 'b11dcfae-f7b9-4155-b0d4-503978098c1f', description: 'The approving body' })
  organizationId!: string;

  @ApiProperty({ example: '145' })
  actNumber!: string;

  @ApiProperty({ example: '2026-04-10' })
  actDate!: string;

  @ApiProperty({ example: '2026-04-10T06:00:00.000Z' })
  approvedAt!: string;

  @ApiPropertyOptional({ example: 'officer-1', nullable: true, type: String })
  approvedBy!: string | null;
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

  @ApiProperty({
    enum: ['central_body_order', 'akimat_resolution'],
    example: 'central_body_order',
    description: 'Art. 10.2-3: an order of the central body, or a resolution of each akimat delivering it',
  })
  actKind!: string;

  @ApiProperty({ type: [ReglamentActDto], description: 'The acts recorded so far, one per approving body' })
  acts!: ReglamentActDto[];

  @ApiProperty({
    example: ['b11dcfae-f7b9-4155-b0d4-503978098c1f'],
    description: 'The approving bodies whose act is still awaited',
  })
  awaitingActsFrom!: string[];

  @ApiProperty({ example: true, description: 'Art. 10.4: agreement with the informatization authority' })
  informatizationRequired!: boolean;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  informatizationAgreedAt!: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  approvedAt!: string | null;
}
