import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  inspectedRoles,
  inspectionGroundKinds,
  inspectionKinds,
  violatedNormKinds,
  type InspectedRole,
  type InspectionGroundKind,
  type InspectionKind,
  type ViolatedNormKind,
} from '@kzps/contracts';
import {
  IsBilingualText,
  IsCalendarDate,
  LongBilingualTextDto,
  NestedObject,
  PageQueryDto,
  queryDecimalInteger,
} from '@kzps/platform';
import { InspectionExamples as X } from '../inspections.examples';

const trimmed = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class InspectionGroundDto {
  @ApiProperty({ enum: inspectionGroundKinds, example: 'complaint' })
  @IsIn(inspectionGroundKinds)
  kind!: InspectionGroundKind;

  @ApiProperty({
    maxLength: 500,
    example: X.complaintId,
    description: 'The complaint’s id, the monitoring report’s id, or the indicator and its figure',
  })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reference!: string;
}

export class ScheduleInspectionDto {
  @ApiProperty({ enum: inspectionKinds, example: 'unplanned' })
  @IsIn(inspectionKinds)
  kind!: InspectionKind;

  @ApiPropertyOptional({
    type: InspectionGroundDto,
    description: 'Required for an unplanned inspection only',
  })
  @IsOptional()
  @NestedObject(InspectionGroundDto)
  ground?: InspectionGroundDto;

  @ApiProperty({ format: 'uuid', example: X.ownerId, description: 'The owner or provider inspected' })
  @IsUUID()
  subjectOrganizationId!: string;

  @ApiProperty({ enum: inspectedRoles, example: 'owner' })
  @IsIn(inspectedRoles)
  subjectRole!: InspectedRole;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: [X.serviceId],
    description: 'The services checked',
  })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  serviceIds!: string[];

  @ApiProperty({ example: '2026-09-01', description: 'First day of the inspection (YYYY-MM-DD)' })
  @IsCalendarDate()
  startDate!: string;

  @ApiProperty({ example: '2026-09-14', description: 'Last day of the inspection (YYYY-MM-DD)' })
  @IsCalendarDate()
  endDate!: string;
}

export class ViolatedNormDto {
  @ApiProperty({ enum: violatedNormKinds, example: 'standard-item' })
  @IsIn(violatedNormKinds)
  kind!: ViolatedNormKind;

  @ApiProperty({ maxLength: 200, example: 'п. 8 / 8-тармақ', description: 'The article, item or step' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reference!: string;
}

export class RecordFindingDto {
  @ApiPropertyOptional({ format: 'uuid', example: X.serviceId, nullable: true })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @ApiProperty({ type: ViolatedNormDto })
  @IsDefined()
  @NestedObject(ViolatedNormDto)
  violated!: ViolatedNormDto;

  @ApiProperty({ type: LongBilingualTextDto, example: X.findingText })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  description!: LongBilingualTextDto;
}

export class IssueOrderDto {
  @ApiPropertyOptional({ format: 'uuid', example: X.findingId, description: 'The finding it removes' })
  @IsOptional()
  @IsUUID()
  findingId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: X.ownerId,
    description: 'Whom the order binds; the inspected organisation when absent',
  })
  @IsOptional()
  @IsUUID()
  addresseeOrganizationId?: string;

  @ApiPropertyOptional({
    enum: inspectedRoles,
    example: 'owner',
    description: 'With addresseeOrganizationId',
  })
  @IsOptional()
  @IsIn(inspectedRoles)
  addresseeRole?: InspectedRole;

  @ApiProperty({ type: LongBilingualTextDto, example: X.orderText })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  text!: LongBilingualTextDto;

  @ApiProperty({
    example: '2026-10-14',
    description: 'The day it is due (YYYY-MM-DD); a day off moves it to the next working day',
  })
  @IsCalendarDate()
  dueDate!: string;
}

export class CompleteInspectionDto {
  @ApiProperty({
    type: LongBilingualTextDto,
    example: X.summary,
    description: 'The results, published as given',
  })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  summary!: LongBilingualTextDto;
}

export class OrderReportDto {
  @ApiProperty({ type: LongBilingualTextDto, example: X.orderReport, description: 'What was done' })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  report!: LongBilingualTextDto;
}

export class ReturnOrderDto {
  @ApiProperty({
    type: LongBilingualTextDto,
    example: X.returnReasons,
    description: 'Why the fulfilment reported falls short',
  })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  reasons!: LongBilingualTextDto;

  @ApiProperty({
    example: '2026-11-02',
    description: 'The new due date (YYYY-MM-DD), after today; a day off moves it to the next working day',
  })
  @IsCalendarDate()
  dueDate!: string;
}

export class InspectionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Inspections starting in this year' })
  @IsOptional()
  @Transform(queryDecimalInteger)
  @IsInt()
  @Min(2005)
  @Max(2099)
  year?: number;

  @ApiPropertyOptional({ enum: inspectionKinds, example: 'planned' })
  @IsOptional()
  @IsIn(inspectionKinds)
  kind?: InspectionKind;

  @ApiPropertyOptional({ format: 'uuid', example: X.ownerId })
  @IsOptional()
  @IsUUID()
  subjectOrganizationId?: string;
}

export const orderStates = ['issued', 'reported', 'fulfilled', 'overdue'] as const;
export type OrderState = (typeof orderStates)[number];

export class OrdersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: orderStates,
    example: 'overdue',
    description: '`overdue`: past the due date and not fulfilled',
  })
  @IsOptional()
  @IsIn(orderStates)
  state?: OrderState;
}
