import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
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
} from 'class-validator';
import { basisKinds, versionStatuses, type BasisKind, type VersionStatus } from '../lifecycle';
import { exampleDates, exampleIds } from '../../common/api-examples';
import { amendmentReference } from '../standard.examples';
import { StandardContentDto } from './standard-content.dto';
import { NestedObject, PageQueryDto, queryBoolean } from '@kzps/platform';

export class ListStandardsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    example: exampleIds.childbirthAllowance,
    description: 'The registry entry (here the demo registry’s 01.02-001)',
  })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @ApiPropertyOptional({
    enum: versionStatuses,
    example: 'in_force',
    description: 'Where the standard stands: the version worked on, else the one in force',
  })
  @IsOptional()
  @IsIn(versionStatuses)
  status?: VersionStatus;

  @ApiPropertyOptional({
    example: false,
    description:
      'Only standards with (true) or without (false) an outstanding statutory term: open past its end, or missed and not met since',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ example: true, description: 'Only standards with a version in force' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  inForce?: boolean;
}

export class VersionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: exampleDates.asOf,
    description: 'The version in force on this date (Asia/Almaty)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}

export class DiffQueryDto {
  @ApiProperty({
    format: 'uuid',
    example: exampleIds.adoption,
    description: 'The version to compare with (version 1, the adoption)',
  })
  @IsUUID()
  from!: string;
}

export class UpdateDraftDto {
  @ApiProperty({ type: StandardContentDto })
  @IsDefined()
  @NestedObject(StandardContentDto)
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
    example: amendmentReference,
    description:
      'Art. 7.5: the recommendation, monitoring report or complaint decision; required unless at the owner’s discretion or a recommendationId is cited',
  })
  @ValidateIf(
    (dto: StartChangeDto) =>
      (dto.basis !== 'owner_discretion' && dto.recommendationId === undefined) || dto.reference !== undefined,
  )
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reference?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: 'e7c0a1b2-0001-4000-8000-0000000000f1',
    description:
      'Art. 7.5: the recommendation the change rests on (GET /standards/{id}/recommendations); citing it ' +
      'accepts it, and its number is the reference when none is given',
  })
  @IsOptional()
  @IsUUID()
  recommendationId?: string;
}
