import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, Min, ValidateIf } from 'class-validator';
import { approverKinds, type ApproverKind } from '../approvers';
import { exampleIds, exampleTimes } from '../../common/api-examples';
import { approvalStatuses, type ApprovalStatus } from '../approval.entity';
import { returnRemarks } from '../agreement.examples';
import {
  PageQueryDto,
  pageDtoOf,
  IsBilingualText,
  LongBilingualTextDto,
  queryDecimalInteger,
} from '@kzps/platform';

export class ApprovalsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: 2,
    minimum: 1,
    description: 'Only this round of agreement (each return or refused registration starts a new one)',
  })
  @IsOptional()
  @Transform(queryDecimalInteger)
  @IsInt({ message: 'round must be a whole number in decimal digits' })
  @Min(1)
  round?: number;
}

export class DecideApprovalDto {
  @ApiProperty({ enum: ['approved', 'returned'], example: 'returned' })
  @IsIn(['approved', 'returned'])
  decision!: 'approved' | 'returned';

  @ApiPropertyOptional({
    type: LongBilingualTextDto,
    example: returnRemarks,
    description: 'Required when the draft is returned',
  })
  @ValidateIf((dto: DecideApprovalDto) => dto.decision === 'returned' || dto.remarks !== undefined)
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  remarks?: LongBilingualTextDto;
}

export class ApprovalResponseDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.authorityApproval })
  id!: string;

  @ApiProperty({ format: 'uuid', example: exampleIds.adoption })
  versionId!: string;

  @ApiProperty({ enum: approverKinds, example: 'public_services_authority' })
  kind!: ApproverKind;

  @ApiProperty({
    format: 'uuid',
    example: exampleIds.ministryOfDigitalDevelopment,
    description: 'The approving body, derived from the registry (Art. 7.1, 7.3)',
  })
  organizationId!: string;

  @ApiProperty({ enum: approvalStatuses, example: 'approved' })
  status!: ApprovalStatus;

  @ApiProperty({ example: 2 })
  round!: number;

  @ApiPropertyOptional({
    type: LongBilingualTextDto,
    nullable: true,
    example: null,
    description: 'The remarks a body returned the draft with',
  })
  remarks!: LongBilingualTextDto | null;

  @ApiPropertyOptional({ example: exampleTimes.approvedAt, nullable: true, type: String })
  decidedAt!: string | null;
}

export const ApprovalListDto = pageDtoOf(ApprovalResponseDto, 'ApprovalListDto');
