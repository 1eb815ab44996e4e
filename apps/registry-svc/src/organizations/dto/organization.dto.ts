import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { IsRegistryBin } from '../../common/bin.validator';
import { PageMetaDto, PageQueryDto } from '../../common/page.dto';
import {
  localExecutiveLevels,
  organizationKinds,
  organizationRoles,
  type LocalExecutiveLevel,
  type OrganizationKind,
  type OrganizationRole,
} from '../organization.enums';

const KATO = /^\d{9}$/;

export class CreateOrganizationDto {
  @ApiProperty({ example: '990240001235', description: 'BIN (12 digits with a valid check digit)' })
  @IsRegistryBin()
  bin!: string;

  @ApiProperty({ example: 'Қазақстан Республикасының Әділет министрлігі' })
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  nameKk!: string;

  @ApiProperty({ example: 'Министерство юстиции Республики Казахстан' })
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  nameRu!: string;

  @ApiProperty({ enum: organizationKinds, example: 'central-state-body' })
  @IsIn(organizationKinds)
  kind!: OrganizationKind;

  @ApiPropertyOptional({
    enum: localExecutiveLevels,
    example: 'oblast',
    description: 'Only for a local executive body (Art. 5.1.2)',
  })
  @IsOptional()
  @IsIn(localExecutiveLevels)
  level?: LocalExecutiveLevel;

  @ApiProperty({ enum: organizationRoles, isArray: true, example: ['service-owner', 'provider'] })
  @IsArray()
  @ArrayUnique()
  @IsIn(organizationRoles, { each: true })
  roles!: OrganizationRole[];

  @ApiPropertyOptional({ format: 'uuid', example: '5b1d7f0e-7c1a-4a57-9a53-0c6d2b7e1f10' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ example: '710000000', description: 'KATO code of the region (9 digits)' })
  @IsOptional()
  @Matches(KATO, { message: 'regionKato must be a 9-digit KATO code' })
  regionKato?: string;
}

export class UpdateOrganizationDto extends CreateOrganizationDto {
  @ApiPropertyOptional({ example: true, description: 'false takes the organisation out of use' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class OrganizationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'әділет', description: 'Words of the Kazakh or Russian name, or a BIN' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: organizationKinds })
  @IsOptional()
  @IsIn(organizationKinds)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ enum: organizationRoles })
  @IsOptional()
  @IsIn(organizationRoles)
  role?: OrganizationRole;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ example: '710000000' })
  @IsOptional()
  @Matches(KATO, { message: 'regionKato must be a 9-digit KATO code' })
  regionKato?: string;
}

export class OrganizationResponseDto {
  @ApiProperty({ format: 'uuid', example: '5b1d7f0e-7c1a-4a57-9a53-0c6d2b7e1f10' })
  id!: string;

  @ApiProperty({ example: '990240001235' })
  bin!: string;

  @ApiProperty({ example: 'Қазақстан Республикасының Әділет министрлігі' })
  nameKk!: string;

  @ApiProperty({ example: 'Министерство юстиции Республики Казахстан' })
  nameRu!: string;

  @ApiProperty({ enum: organizationKinds, example: 'central-state-body' })
  kind!: OrganizationKind;

  @ApiProperty({ enum: localExecutiveLevels, nullable: true, example: null })
  level!: LocalExecutiveLevel | null;

  @ApiProperty({ enum: organizationRoles, isArray: true, example: ['service-owner'] })
  roles!: OrganizationRole[];

  @ApiProperty({ format: 'uuid', nullable: true, example: null })
  parentId!: string | null;

  @ApiProperty({ nullable: true, example: '710000000' })
  regionKato!: string | null;

  @ApiProperty({ example: true })
  active!: boolean;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ example: '2025-01-15T09:00:00.000Z' })
  updatedAt!: string;
}

export class OrganizationPageDto extends PageMetaDto {
  @ApiProperty({ type: [OrganizationResponseDto] })
  @Type(() => OrganizationResponseDto)
  items!: OrganizationResponseDto[];
}

export class OrganizationVersionDto {
  @ApiProperty({ example: 2 })
  version!: number;

  @ApiProperty({ example: '2025-02-01T09:00:00.000Z' })
  changedAt!: string;

  @ApiProperty({ example: 'user-42' })
  changedBy!: string;

  @ApiProperty({ type: OrganizationResponseDto, description: 'The organisation as this version left it' })
  organization!: OrganizationResponseDto;
}
