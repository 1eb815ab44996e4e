import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/page.dto';
import { basisKinds, versionStatuses, type BasisKind, type VersionStatus } from '../lifecycle';
import { StandardContentDto } from './standard-content.dto';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListStandardsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'd4c3b2a1-0000-4000-8000-000000000004' })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @ApiPropertyOptional({ enum: versionStatuses, example: 'discussion' })
  @IsOptional()
  @IsIn(versionStatuses)
  status?: VersionStatus;

  @ApiPropertyOptional({
    example: true,
    description:
      'Only standards with an outstanding statutory term: open past its end, or missed and not met since',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ example: true, description: 'Only standards with a version in force' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  inForce?: boolean;
}

export class VersionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: '2026-06-01',
    description: 'The version in force on this date (Asia/Almaty)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}

export class DiffQueryDto {
  @ApiProperty({
    example: 'b7c1f3e2-0000-4000-8000-000000000002',
    description: 'The version to compare with',
  })
  @IsUUID()
  from!: string;
}

export class UpdateDraftDto {
  @ApiProperty({ type: StandardContentDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => StandardContentDto)
  content!: StandardContentDto;
}

export class StartChangeDto {
  @ApiProperty({ enum: ['amendment', 'cancellation'], example: 'amendment' })
  @IsIn(['amendment', 'cancellation'])
  kind!: 'amendment' | 'cancellation';

  @ApiProperty({ enum: basisKinds, example: 'quality_authority_recommendation' })
  @IsIn(basisKinds)
  basis!: BasisKind;

  @ApiPropertyOptional({
    example: 'Recommendation No. 12 of 2026-03-01',
    description: 'Art. 7.5: required unless the change is at the owner’s discretion',
  })
  @ValidateIf((dto: StartChangeDto) => dto.basis !== 'owner_discretion' || dto.reference !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reference?: string;
}
