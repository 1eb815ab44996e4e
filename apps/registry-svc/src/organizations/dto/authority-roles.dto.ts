import { ApiProperty } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsDefined, IsIn } from 'class-validator';
import {
  IsBilingualText,
  IsCalendarDate,
  IsNonBlankText,
  NestedObject,
  ShortBilingualTextDto,
} from '@kzps/platform';
import { exampleIds } from '../../common/api-examples';
import { IsRegistryBin } from '../../common/bin.validator';
import {
  authorityRoles,
  designationActKinds,
  type AuthorityRole,
  type DesignationActKind,
} from '../organization.enums';

/** The Government's resolution designating the Ministry of Justice for the registration of standards. */
export const designationActExample = {
  kind: 'government-resolution' as const,
  number: '1218',
  date: '2025-03-18',
  title: {
    kk: 'Қазақстан Республикасы Әділет министрлігінің мәселелері',
    ru: 'Вопросы Министерства юстиции Республики Казахстан',
  },
};

export class DesignationActDto {
  @ApiProperty({ enum: designationActKinds, example: designationActExample.kind })
  @IsIn(designationActKinds)
  kind!: DesignationActKind;

  @ApiProperty({ example: designationActExample.number })
  @IsNonBlankText(50)
  number!: string;

  @ApiProperty({
    example: designationActExample.date,
    description: 'The act’s date: not after today; an earlier day is accepted and audited',
  })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ type: ShortBilingualTextDto, example: designationActExample.title })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  title!: ShortBilingualTextDto;
}

export class AssignAuthorityRolesDto {
  @ApiProperty({
    enum: authorityRoles,
    isArray: true,
    example: ['justice-registration-authority'],
    description:
      'Every authority role the organisation holds under the act (the others it had are withdrawn); its other ' +
      'roles stay as they are',
  })
  @IsArray()
  @ArrayUnique()
  @IsIn(authorityRoles, { each: true })
  roles!: AuthorityRole[];

  @ApiProperty({ type: DesignationActDto, description: 'The legal act designating the body' })
  @IsDefined()
  @NestedObject(DesignationActDto)
  act!: DesignationActDto;
}

/**
 * The first public-services authority of a registry started without the demo seed (D38 bootstrap): the
 * central state body and the act designating it, recorded by the operator's CLI, not over HTTP.
 */
export class FirstAuthorityDto {
  @IsRegistryBin()
  bin!: string;

  @IsNonBlankText(1000, 2)
  nameKk!: string;

  @IsNonBlankText(1000, 2)
  nameRu!: string;

  @IsDefined()
  @NestedObject(DesignationActDto)
  act!: DesignationActDto;
}

export class AuthorityDesignationDto {
  @ApiProperty({ format: 'uuid', example: '5a1f0f7e-3c2b-4d1e-9f8a-7b6c5d4e3f21' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: exampleIds.ministryOfJustice })
  organizationId!: string;

  @ApiProperty({ enum: authorityRoles, isArray: true, example: ['justice-registration-authority'] })
  roles!: AuthorityRole[];

  @ApiProperty({ type: DesignationActDto })
  act!: DesignationActDto;

  @ApiProperty({ example: '2025-03-20T05:00:00.000Z' })
  recordedAt!: string;

  @ApiProperty({ example: 'admin' })
  recordedBy!: string;
}
