import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsUUID,
} from 'class-validator';
import {
  monitoringBases,
  standardProposals,
  type MonitoringBasis,
  type StandardProposal,
} from '@kzps/contracts';
import {
  PageQueryDto,
  IsBilingualText,
  IsCalendarDate,
  LongBilingualTextDto,
  NestedItems,
  queryBoolean,
  ShortBilingualTextDto,
} from '@kzps/platform';
import { MonitoringReportExamples as X } from '../monitoring-reports.examples';

export class IssueStateOrderDto {
  @ApiProperty({
    format: 'uuid',
    example: X.accreditationId,
    description: 'The NGO’s accreditation in force',
  })
  @IsUUID()
  accreditationId!: string;

  @ApiProperty({ type: ShortBilingualTextDto, example: X.subject })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  subject!: ShortBilingualTextDto;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: [X.serviceId],
    description: 'The services monitored',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  serviceIds!: string[];

  @ApiProperty({ example: '2026-09-01' })
  @IsCalendarDate()
  periodFrom!: string;

  @ApiProperty({ example: '2026-11-30' })
  @IsCalendarDate()
  periodTo!: string;

  @ApiProperty({ example: '2026-12-15', description: 'The day the report is due' })
  @IsCalendarDate()
  reportDueDate!: string;
}

export class MonitoringFindingDto {
  @ApiProperty({ format: 'uuid', example: X.serviceId })
  @IsUUID()
  serviceId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: X.providerId,
    description: 'The provider it concerns, if one',
  })
  @IsOptional()
  @IsUUID()
  providerOrganizationId?: string;

  @ApiProperty({ type: LongBilingualTextDto, example: X.findingText })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  text!: LongBilingualTextDto;

  @ApiPropertyOptional({
    enum: standardProposals,
    example: 'change',
    description: 'The change of the service’s standard it recommends (Art. 23.5), if any',
  })
  @IsOptional()
  @IsIn(standardProposals)
  proposal?: StandardProposal;
}

export class SubmitMonitoringReportDto {
  @ApiProperty({ enum: monitoringBases, example: 'state-order' })
  @IsIn(monitoringBases)
  basis!: MonitoringBasis;

  @ApiPropertyOptional({
    format: 'uuid',
    example: X.stateOrderId,
    description: 'Required with `state-order`',
  })
  @IsOptional()
  @IsUUID()
  stateOrderId?: string;

  @ApiProperty({ example: '2026-09-01' })
  @IsCalendarDate()
  periodFrom!: string;

  @ApiProperty({ example: '2026-11-30' })
  @IsCalendarDate()
  periodTo!: string;

  @ApiProperty({ type: LongBilingualTextDto, example: X.summary })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  summary!: LongBilingualTextDto;

  @ApiProperty({ type: [MonitoringFindingDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @NestedItems(MonitoringFindingDto)
  findings!: MonitoringFindingDto[];
}

export class MonitoringReportsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: true,
    description: 'true (default): accredited NGOs’ results on state orders; false: own-initiative monitoring',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  accredited?: boolean;

  @ApiPropertyOptional({ format: 'uuid', example: X.serviceId, description: 'Reports with a finding on it' })
  @IsOptional()
  @IsUUID()
  serviceId?: string;
}
