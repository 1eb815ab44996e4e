import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';
import {
  IsBilingualText,
  IsCalendarDate,
  LongBilingualTextDto,
  NestedItems,
  NestedObject,
  ShortBilingualTextDto,
} from '@kzps/platform';
import { WithinCalendarBounds } from '../../standards/term-bounds';
import { exampleDates, exampleIds, exampleTimes } from '../../common/api-examples';
import { stepUnits, type StepUnit } from '../reglament-term';
import {
  reglamentGeneralProvisions,
  reglamentInteractions,
  reglamentOrderNumber,
  reglamentSteps,
} from '../reglament.examples';

const [, checkStep] = reglamentSteps;
/** The demo owner's subject (apps/gateway/src/embedded-auth/demo-users.ts): who records the order. */
const ownerOfficer = '36da29d2-a358-4522-a3a5-54890ce41251';
const order = {
  organizationId: exampleIds.ministryOfLabour,
  actNumber: reglamentOrderNumber,
  actDate: exampleDates.reglamentOrder,
  approvedAt: exampleTimes.reglamentOrderedAt,
  approvedBy: ownerOfficer,
};

export class StepDurationDto {
  @ApiProperty({ example: checkStep?.duration.value, minimum: 1 })
  @IsInt()
  @Min(1)
  @WithinCalendarBounds()
  value!: number;

  @ApiProperty({ enum: stepUnits, example: checkStep?.duration.unit })
  @IsIn(stepUnits)
  unit!: StepUnit;
}

export class ReglamentStepDto {
  @ApiProperty({ type: ShortBilingualTextDto, example: checkStep?.title })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  title!: ShortBilingualTextDto;

  @ApiProperty({ type: ShortBilingualTextDto, example: checkStep?.responsibleUnit })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  responsibleUnit!: ShortBilingualTextDto;

  @ApiProperty({ type: ShortBilingualTextDto, example: checkStep?.officialRole })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  officialRole!: ShortBilingualTextDto;

  @ApiPropertyOptional({
    type: ShortBilingualTextDto,
    example: checkStep?.informationSystem,
    description: 'The information system used (Art. 11.1.3), in Kazakh and Russian',
  })
  @IsOptional()
  @IsBilingualText(ShortBilingualTextDto)
  informationSystem?: ShortBilingualTextDto;

  @ApiProperty({ type: StepDurationDto })
  @IsDefined()
  @NestedObject(StepDurationDto)
  duration!: StepDurationDto;
}

export class ReglamentInteractionsDto {
  @ApiProperty({
    type: LongBilingualTextDto,
    example: reglamentInteractions.internal,
    description: 'Art. 11.1.3: officials, units and information systems',
  })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  internal!: LongBilingualTextDto;

  @ApiPropertyOptional({
    type: LongBilingualTextDto,
    example: reglamentInteractions.psc,
    description: 'Art. 11.1.4: the PSC; required for a service delivered through one',
  })
  @IsOptional()
  @IsBilingualText(LongBilingualTextDto)
  psc?: LongBilingualTextDto;

  @ApiPropertyOptional({
    type: LongBilingualTextDto,
    example: reglamentInteractions.otherBodies,
    description: 'Art. 11.1.4: other bodies and providers',
  })
  @IsOptional()
  @IsBilingualText(LongBilingualTextDto)
  otherBodies?: LongBilingualTextDto;
}

export class PutReglamentDto {
  @ApiProperty({
    type: LongBilingualTextDto,
    example: reglamentGeneralProvisions,
    description: 'Art. 11.1.1: general provisions',
  })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  generalProvisions!: LongBilingualTextDto;

  @ApiProperty({
    type: [ReglamentStepDto],
    example: reglamentSteps,
    description: 'Art. 11.1.2: the steps, in order; together within the standard’s term',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @NestedItems(ReglamentStepDto)
  steps!: ReglamentStepDto[];

  @ApiProperty({ type: ReglamentInteractionsDto })
  @IsDefined()
  @NestedObject(ReglamentInteractionsDto)
  interactions!: ReglamentInteractionsDto;
}

export class ApproveReglamentDto {
  @ApiProperty({
    example: reglamentOrderNumber,
    description: 'Number of the order, or of this akimat’s resolution',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  actNumber!: string;

  @ApiProperty({
    example: exampleDates.reglamentOrder,
    description: 'Not before the standard came into force, nor after today',
  })
  @IsCalendarDate()
  actDate!: string;
}

export class ReglamentStepResponseDto extends ReglamentStepDto {
  @ApiProperty({ example: 1 })
  order!: number;
}

export class ReglamentActDto {
  @ApiProperty({ format: 'uuid', example: order.organizationId, description: 'The approving body' })
  organizationId!: string;

  @ApiProperty({ example: order.actNumber })
  actNumber!: string;

  @ApiProperty({ example: order.actDate })
  actDate!: string;

  @ApiProperty({ example: order.approvedAt })
  approvedAt!: string;

  @ApiPropertyOptional({
    example: order.approvedBy,
    nullable: true,
    type: String,
    description: 'The officer’s subject (never a name)',
  })
  approvedBy!: string | null;
}

export class ReglamentResponseDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.reglament })
  id!: string;

  @ApiProperty({ format: 'uuid', example: exampleIds.standard })
  standardId!: string;

  @ApiProperty({ format: 'uuid', example: exampleIds.adoption })
  versionId!: string;

  @ApiProperty({
    enum: ['draft', 'agreement', 'approved'],
    example: 'approved',
    description:
      'agreement: waits for the informatization authority (Art. 10.4); approved: every act recorded',
  })
  status!: string;

  @ApiProperty({ type: LongBilingualTextDto, example: reglamentGeneralProvisions })
  generalProvisions!: LongBilingualTextDto;

  @ApiProperty({
    type: [ReglamentStepResponseDto],
    example: reglamentSteps.map((step, index) => ({ order: index + 1, ...step })),
  })
  steps!: ReglamentStepResponseDto[];

  @ApiProperty({ type: ReglamentInteractionsDto })
  interactions!: ReglamentInteractionsDto;

  @ApiProperty({
    enum: ['central_body_order', 'akimat_resolution'],
    example: 'central_body_order',
    description: 'Art. 10.2-3: an order of the central body, or a resolution of each akimat delivering it',
  })
  actKind!: string;

  @ApiProperty({
    type: [ReglamentActDto],
    example: [order],
    description: 'The acts recorded so far, one per approving body',
  })
  acts!: ReglamentActDto[];

  @ApiProperty({
    example: [],
    description:
      'The approving bodies whose act is still awaited (each akimat of a local service, Art. 10.3)',
  })
  awaitingActsFrom!: string[];

  @ApiProperty({ example: true, description: 'Art. 10.4: agreement with the informatization authority' })
  informatizationRequired!: boolean;

  @ApiPropertyOptional({ example: exampleTimes.reglamentAgreedAt, nullable: true, type: String })
  informatizationAgreedAt!: string | null;

  @ApiPropertyOptional({ example: exampleTimes.reglamentOrderedAt, nullable: true, type: String })
  approvedAt!: string | null;
}
