import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  recommendationActions,
  recommendationSources,
  type RecommendationAction,
  type RecommendationSource,
} from '@kzps/contracts';
import { IsBilingualText, LongBilingualTextDto, PageQueryDto } from '@kzps/platform';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateIf,
} from 'class-validator';
import { IsQueryYear } from '../../common/year.dto';
import { exampleIssue } from '../recommendations.examples';

export const recommendationStatuses = ['pending', 'accepted', 'rejected'] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

const isMonitoring = (dto: IssueRecommendationDto): boolean => dto.source === 'public_monitoring';
const isComplaintReview = (dto: IssueRecommendationDto): boolean => dto.source === 'complaint_review';

/** A recommendation to adopt, change or cancel the standard of a service (Art. 7.5). */
export class IssueRecommendationDto {
  @ApiProperty({ format: 'uuid', example: exampleIssue.serviceId })
  @IsUUID()
  serviceId!: string;

  @ApiProperty({ enum: recommendationActions, example: exampleIssue.action })
  @IsIn(recommendationActions)
  action!: RecommendationAction;

  @ApiProperty({ enum: recommendationSources, example: exampleIssue.source })
  @IsIn(recommendationSources)
  source!: RecommendationSource;

  @ApiPropertyOptional({
    format: 'uuid',
    example: exampleIssue.monitoringReportId,
    description:
      'Required for public_monitoring: an accredited NGO’s accepted report with a finding about the service (Art. 23.5)',
  })
  @ValidateIf((dto: IssueRecommendationDto) => isMonitoring(dto) || dto.monitoringReportId !== undefined)
  @IsUUID()
  monitoringReportId?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['5c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e01'],
    description: 'Required for complaint_review (Art. 19.5): the decided complaints it rests on, 1-100',
  })
  @ValidateIf((dto: IssueRecommendationDto) => isComplaintReview(dto) || dto.complaintIds !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  complaintIds?: string[];

  @ApiProperty({ type: LongBilingualTextDto, example: exampleIssue.content })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  content!: LongBilingualTextDto;
}

export class RecommendationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', example: exampleIssue.serviceId })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @ApiPropertyOptional({ enum: recommendationStatuses, example: 'pending' })
  @IsOptional()
  @IsIn(recommendationStatuses)
  status?: RecommendationStatus;

  @ApiPropertyOptional({ enum: recommendationSources, example: 'public_monitoring' })
  @IsOptional()
  @IsIn(recommendationSources)
  source?: RecommendationSource;

  @ApiPropertyOptional({ example: '2026', description: 'The year issued, in Kazakhstan' })
  @IsOptional()
  @IsQueryYear()
  year?: string;
}
