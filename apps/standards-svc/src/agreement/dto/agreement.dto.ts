import { PageQueryDto, pageDtoOf } from '../../common/page.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, Min, ValidateIf, ValidateNested } from 'class-validator';
import { BilingualDto } from '../../common/bilingual.dto';
import { approverKinds, type ApproverKind } from '../approvers';
import { approvalStatuses, type ApprovalStatus } from '../approval.entity';

export class ApprovalsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2, minimum: 1, description: 'Only this round of agreement' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  round?: number;
}

export class DecideApprovalDto {
  @ApiProperty({ enum: ['approved', 'returned'], example: 'returned' })
  @IsIn(['approved', 'returned'])
  decision!: 'approved' | 'returned';

  @ApiPropertyOptional({ type: BilingualDto, description: 'Required when the draft is returned' })
  @ValidateIf((dto: DecideApprovalDto) => dto.decision === 'returned' || dto.remarks !== undefined)
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  remarks?: BilingualDto;
}

export class ApprovalResponseDto {
  @ApiProperty({ example: '9a8b7c6d-0000-4000-8000-000000000007' })
  id!: string;

  @ApiProperty({ example: 'b7c1f3e2-0000-4000-8000-000000000002' })
  versionId!: string;

  @ApiProperty({ enum: approverKinds, example: 'public_services_authority' })
  kind!: ApproverKind;

  @ApiProperty({ example: '00000000-0000-4000-8000-0000000000bb' })
  organizationId!: string;

  @ApiProperty({ enum: approvalStatuses, example: 'pending' })
  status!: ApprovalStatus;

  @ApiProperty({ example: 1 })
  round!: number;

  @ApiPropertyOptional({ type: BilingualDto, nullable: true })
  remarks!: BilingualDto | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  decidedAt!: string | null;
}

export const ApprovalListDto = pageDtoOf(ApprovalResponseDto, 'ApprovalListDto');
