import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
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
  ValidateIf,
} from 'class-validator';
import { IsIin } from '@kzps/identifiers';
import { IsNonBlankText, pageDtoOf, PageQueryDto, queryBoolean } from '@kzps/platform';
import { exampleIds } from '../../common/api-examples';
import { IsRegistryBin } from '../../common/bin.validator';
import { KATO } from '../kato';
import {
  INDIVIDUAL_PROVIDER,
  LOCAL_EXECUTIVE_BODY,
  localExecutiveLevels,
  organizationKinds,
  organizationRoles,
  type LocalExecutiveLevel,
  type OrganizationKind,
  type OrganizationRole,
} from '../organization.enums';

const KATO_MESSAGE = 'regionKato: 9 цифрдан тұратын ӘАОЖ коды / код КАТО из 9 цифр';

export class CreateOrganizationDto {
  @ApiPropertyOptional({
    example: '990240000010',
    description: 'BIN (12 digits with a valid check digit); every kind but individual-provider',
  })
  @ValidateIf((o: CreateOrganizationDto) => o.kind !== INDIVIDUAL_PROVIDER || o.bin !== undefined)
  @IsRegistryBin()
  bin?: string;

  @ApiPropertyOptional({
    example: '550315200565',
    writeOnly: true,
    description:
      'IIN of an individual provider (Art. 5.2.2), and only of one. Personal data: never answered, published or logged; responses show iinMasked',
  })
  @ValidateIf((o: CreateOrganizationDto) => o.kind === INDIVIDUAL_PROVIDER || o.iin !== undefined)
  @IsIin()
  iin?: string;

  @ApiProperty({ example: 'Қазақстан Республикасының Әділет министрлігі' })
  @IsNonBlankText(1000, 2)
  nameKk!: string;

  @ApiProperty({ example: 'Министерство юстиции Республики Казахстан' })
  @IsNonBlankText(1000, 2)
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

  @ApiPropertyOptional({
    format: 'uuid',
    example: exampleIds.ministryOfFinance,
    description:
      'The organisation it belongs to: the central state body of a department, the oblast of a district akimat',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({
    example: '710000000',
    description:
      'KATO code of the territory (9 digits). Required of a local executive body, and must fit its level: AB0000000 for an oblast, a city of republican significance or the capital; ABCD…000 with CD not 00, inside the parent oblast, for a district or a city of oblast significance',
  })
  @ValidateIf((o: CreateOrganizationDto) => o.kind === LOCAL_EXECUTIVE_BODY || o.regionKato !== undefined)
  @Matches(KATO, {
    message:
      'regionKato: 9 цифрдан тұратын ӘАОЖ коды, жергілікті атқарушы органға міндетті / код КАТО из 9 цифр, обязателен для местного исполнительного органа',
  })
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

  @ApiPropertyOptional({ enum: organizationKinds, example: 'central-state-body' })
  @IsOptional()
  @IsIn(organizationKinds)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ enum: organizationRoles, example: 'service-owner' })
  @IsOptional()
  @IsIn(organizationRoles)
  role?: OrganizationRole;

  @ApiPropertyOptional({
    format: 'uuid',
    example: exampleIds.ministryOfFinance,
    description: 'Only the organisations directly under this one',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ example: '710000000' })
  @IsOptional()
  @Matches(KATO, { message: KATO_MESSAGE })
  regionKato?: string;

  @ApiPropertyOptional({
    example: true,
    description: 'Only organisations in use (true) or out of use (false)',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  active?: boolean;
}

export class OrganizationResponseDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.ministryOfJustice })
  id!: string;

  @ApiProperty({ example: '990240000010', nullable: true, description: 'null for an individual provider' })
  bin!: string | null;

  @ApiProperty({
    example: null,
    nullable: true,
    description: 'An individual provider’s IIN, masked (8501******23); the whole IIN is never answered',
  })
  iinMasked!: string | null;

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

/** An entry, not excluded, that names the organisation. */
export class DependentEntryDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.birthRegistration })
  id!: string;

  @ApiProperty({ example: '01.01-001' })
  code!: string;

  @ApiProperty({ enum: ['draft', 'included', 'amended'], example: 'included' })
  status!: string;

  @ApiProperty({
    enum: ['owner', 'provider', 'intake'],
    isArray: true,
    example: ['owner'],
    description: 'How the entry names it: owner (Art. 5.1), provider (Art. 5.2), accepts applications',
  })
  roles!: DependentRole[];
}

export type DependentRole = 'owner' | 'provider' | 'intake';

export class OrganizationUpdatedDto extends OrganizationResponseDto {
  @ApiProperty({
    type: [DependentEntryDto],
    description:
      'Entries (draft, included or amended) that still name the organisation. After a deactivation (a reorganisation) each needs an amendment naming its successor; the registry does not rewrite them on its own.',
  })
  dependentEntries!: DependentEntryDto[];
}

export const OrganizationPageDto = pageDtoOf(OrganizationResponseDto, 'OrganizationPageDto');

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
