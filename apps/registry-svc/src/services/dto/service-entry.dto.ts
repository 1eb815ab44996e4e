import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import {
  IsBilingualText,
  IsCalendarDate,
  IsNonBlankText,
  NestedObject,
  ShortBilingualTextDto,
} from '@kzps/platform';
import { exampleIds } from '../../common/api-examples';
import { DEFAULT_DECREE_KIND, decreeKinds, type DecreeKind } from '../decree';
import {
  channels,
  deliveryForms,
  recipientTypes,
  type Channel,
  type DeliveryForm,
  type RecipientType,
} from '../service-entry.enums';

export const REGISTRY_CODE = /^[0-9A-Za-z][0-9A-Za-z.-]{1,49}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The fields of Art. 6.2 and the registry's own, as a client writes them. */
export class ServiceEntryFieldsDto {
  @ApiProperty({
    type: ShortBilingualTextDto,
    example: { kk: 'Баланың тууын тіркеу', ru: 'Регистрация рождения ребенка' },
  })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  name!: ShortBilingualTextDto;

  @ApiPropertyOptional({
    type: ShortBilingualTextDto,
    example: { kk: 'Туу туралы куәлік беріледі', ru: 'Выдается свидетельство о рождении' },
  })
  @IsOptional()
  @IsBilingualText(ShortBilingualTextDto)
  description?: ShortBilingualTextDto;

  @ApiProperty({ example: '01.01', description: 'Position in the classifier (sphere or sub-sphere)' })
  @Matches(/^\d{2}(\.\d{2}){0,2}$/, { message: 'classifierCode must look like 01 or 01.02' })
  classifierCode!: string;

  @ApiProperty({ enum: recipientTypes, isArray: true, example: ['individual', 'foreign-individual'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(recipientTypes, { each: true })
  recipientTypes!: RecipientType[];

  @ApiProperty({
    format: 'uuid',
    example: exampleIds.ministryOfJustice,
    description: 'The owner that develops and approves the standard (Art. 6.2)',
  })
  @IsUUID()
  ownerId!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: [exampleIds.astanaAkimat, exampleIds.almatyAkimat],
    description: 'Providers (Art. 5.2)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  providerIds!: string[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: [exampleIds.stateCorporation],
    description: 'Organisations that accept applications and hand out results (Art. 6.2)',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  intakeOrganizationIds!: string[];

  @ApiProperty({ example: true, description: 'Applications and results through the e-government portal' })
  @IsBoolean()
  intakeViaPortal!: boolean;

  @ApiProperty({ enum: deliveryForms, example: 'paper-and-electronic' })
  @IsIn(deliveryForms)
  deliveryForm!: DeliveryForm;

  @ApiProperty({ enum: channels, isArray: true, example: ['provider', 'psc', 'e-government-portal'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(channels, { each: true })
  channels!: Channel[];

  @ApiProperty({
    example: false,
    description: 'Paid or free (Art. 6.2); a fee only where law sets it (Art. 18)',
  })
  @IsBoolean()
  paid!: boolean;

  @ApiPropertyOptional({
    type: ShortBilingualTextDto,
    description: 'The legislative act that sets the fee; required when paid',
    example: {
      kk: '«Салық және бюджетке төленетін басқа да міндетті төлемдер туралы» ҚР Кодексі',
      ru: 'Кодекс РК «О налогах и других обязательных платежах в бюджет»',
    },
  })
  @IsOptional()
  @IsBilingualText(ShortBilingualTextDto)
  feeLegalBasis?: ShortBilingualTextDto;

  @ApiProperty({
    type: ShortBilingualTextDto,
    example: {
      kk: '«Неке (ерлі-зайыптылық) және отбасы туралы» ҚР Кодексі',
      ru: 'Кодекс РК «О браке (супружестве) и семье»',
    },
  })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  legalBasis!: ShortBilingualTextDto;

  @ApiPropertyOptional({ example: 1, description: 'Term of delivery in working days, when known' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  termWorkingDays?: number;
}

export class CreateServiceEntryDto extends ServiceEntryFieldsDto {
  @ApiPropertyOptional({ example: '01.01-001', description: 'Registry code; assigned when omitted' })
  @IsOptional()
  @Matches(REGISTRY_CODE, { message: 'code must be 2-50 letters, digits, dots or dashes' })
  code?: string;
}

export class DecreeDto {
  @ApiPropertyOptional({
    enum: decreeKinds,
    default: DEFAULT_DECREE_KIND,
    example: 'government-resolution',
    description:
      'The kind of act (Art. 6.3): a Government resolution, or an order of the authorised body in the sphere of ' +
      'public services (the registry in force is its Order No. 39/НҚ of 31 January 2020); the title follows from it',
  })
  @IsOptional()
  @IsIn(decreeKinds)
  decreeKind?: DecreeKind;

  @ApiProperty({ example: '1218', description: 'Number of the act' })
  @IsNonBlankText(50)
  decreeNumber!: string;

  @ApiProperty({ example: '2025-03-18', description: 'Date of the act' })
  @IsCalendarDate()
  decreeDate!: string;

  @ApiPropertyOptional({
    example: '2025-03-28',
    description: 'From when it applies; the decree date if omitted',
  })
  @IsOptional()
  @IsCalendarDate()
  effectiveDate?: string;
}

/** Art. 6.3-4: inclusion by Government decree. */
export class InclusionDto extends DecreeDto {}

export class ServiceEntryChangesDto extends PartialType(ServiceEntryFieldsDto) {}

export class ServiceAmendmentDto extends DecreeDto {
  @ApiProperty({
    type: ServiceEntryChangesDto,
    description: 'Only the fields that change',
    example: { channels: ['psc', 'e-government-portal'], deliveryForm: 'paper-and-electronic' },
  })
  @IsDefined()
  @NestedObject(ServiceEntryChangesDto)
  changes!: ServiceEntryChangesDto;
}

export class ExclusionDto extends DecreeDto {
  @ApiProperty({
    type: ShortBilingualTextDto,
    example: {
      kk: 'Қызмет автоматтандырылып, проактивті түрде көрсетіледі',
      ru: 'Услуга оказывается проактивно',
    },
  })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  reason!: ShortBilingualTextDto;
}

/** Why a scheduled act is revoked before it takes effect. */
export class VersionRevocationDto {
  @ApiProperty({
    type: ShortBilingualTextDto,
    example: {
      kk: 'Бұйрық күшіне енгенге дейін күші жойылды',
      ru: 'Приказ отменён до вступления в силу',
    },
  })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  reason!: ShortBilingualTextDto;
}

export class AsOfQueryDto {
  @ApiPropertyOptional({ example: '2025-06-01', description: 'The entry as the registry stood on that date' })
  @IsOptional()
  @Matches(DATE, { message: 'asOf must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  asOf?: string;
}
