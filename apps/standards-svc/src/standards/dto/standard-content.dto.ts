import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import {
  IsBilingualText,
  LongBilingualTextDto,
  NestedItems,
  NestedObject,
  ShortBilingualTextDto,
} from '@kzps/platform';
import {
  channels,
  documentForms,
  paymentMethods,
  registrationTermUnits,
  resultForms,
  termUnits,
  type Channel,
  type DocumentForm,
  type PaymentMethod,
  type RegistrationTermUnit,
  type ResultForm,
  type TermUnit,
} from '../standard-content';
import { exampleIds } from '../../common/api-examples';
import { childbirthAllowanceStandard as story, socialCode } from '../standard.examples';
import { WithinCalendarBounds } from '../term-bounds';

const [identityDocument] = story.documents;
const [, refusalWithBasis] = story.refusalGrounds;

export class ProviderItemDto {
  @ApiPropertyOptional({
    format: 'uuid',
    example: exampleIds.ministryOfLabour,
    description:
      'The provider as the registry holds it for the service; absent for one it does not list by id',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ type: ShortBilingualTextDto, example: story.providers[0]?.name })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  name!: ShortBilingualTextDto;
}

export class OwnerItemDto {
  @ApiProperty({
    format: 'uuid',
    example: exampleIds.ministryOfLabour,
    description: 'The owner the registry holds for the service (Art. 6.2)',
  })
  @IsUUID()
  organizationId!: string;

  @ApiProperty({ type: ShortBilingualTextDto, example: story.owner.name })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  name!: ShortBilingualTextDto;
}

export class DeliveryTermDto {
  @ApiProperty({
    example: 8,
    minimum: 1,
    description: 'At most what the calendar counts: 1000 working days, 3660 calendar days, 8760 hours',
  })
  @IsInt()
  @Min(1)
  @WithinCalendarBounds()
  value!: number;

  @ApiProperty({ enum: termUnits, example: 'working_days' })
  @IsIn(termUnits)
  unit!: TermUnit;
}

export class FeeItemDto {
  @ApiProperty({ example: true })
  @IsBoolean()
  free!: boolean;

  @ApiPropertyOptional({
    example: 2163,
    description: 'Amount in tenge (here 0.5 MCI of 2026); absent when free',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  amountKzt?: number;

  @ApiProperty({ type: LongBilingualTextDto, example: socialCode })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  legalBasis!: LongBilingualTextDto;

  @ApiProperty({ enum: paymentMethods, isArray: true, example: ['egov_payment_gateway', 'psc_terminal'] })
  @IsArray()
  @IsIn(paymentMethods, { each: true })
  paymentMethods!: PaymentMethod[];
}

export class ChannelDocumentRuleDto {
  @ApiProperty({ enum: channels, example: 'electronic' })
  @IsIn(channels)
  channel!: Channel;

  @ApiProperty({ example: false })
  @IsBoolean()
  mandatory!: boolean;

  @ApiProperty({ enum: documentForms, example: 'electronic_copy' })
  @IsIn(documentForms)
  form!: DocumentForm;
}

export class DocumentItemDto {
  @ApiProperty({ type: ShortBilingualTextDto, example: identityDocument.name })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  name!: ShortBilingualTextDto;

  @ApiProperty({ example: true })
  @IsBoolean()
  mandatory!: boolean;

  @ApiProperty({ enum: documentForms, example: 'original_for_verification' })
  @IsIn(documentForms)
  form!: DocumentForm;

  @ApiPropertyOptional({
    type: [ChannelDocumentRuleDto],
    example: identityDocument.perChannel,
    description: 'Rules where a channel differs',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @NestedItems(ChannelDocumentRuleDto)
  perChannel?: ChannelDocumentRuleDto[];
}

export class RefusalGroundDto {
  @ApiProperty({ type: LongBilingualTextDto, example: refusalWithBasis.text })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  text!: LongBilingualTextDto;

  @ApiPropertyOptional({ type: LongBilingualTextDto, example: socialCode })
  @IsOptional()
  @IsBilingualText(LongBilingualTextDto)
  legalBasis?: LongBilingualTextDto;
}

export class QueueWaitDto {
  @ApiProperty({ example: 15, description: 'Longest wait when applying, in minutes' })
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  applyingMinutes!: number;

  @ApiProperty({ example: 15, description: 'Longest wait when collecting the result, in minutes' })
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  collectingMinutes!: number;
}

export class RegistrationTermDto {
  @ApiProperty({ example: 15, minimum: 1 })
  @IsInt()
  @Min(1)
  @WithinCalendarBounds()
  value!: number;

  @ApiProperty({ enum: registrationTermUnits, example: 'minutes' })
  @IsIn(registrationTermUnits)
  unit!: RegistrationTermUnit;
}

export class AppealItemDto {
  @ApiProperty({ type: LongBilingualTextDto, example: story.appeal.procedure })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  procedure!: LongBilingualTextDto;
}

/** The eleven items of Art. 8; a draft may leave some out until it goes to public discussion. */
export class StandardContentDto {
  @ApiPropertyOptional({
    enum: channels,
    isArray: true,
    example: story.channels,
    description:
      'Art. 6.2, 12: the channels of delivery, exactly the registry entry’s; the form follows (electronic ' +
      'through the portal, Art. 15). Absent: the registry’s channels.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(channels, { each: true })
  channels?: Channel[];

  @ApiPropertyOptional({ type: [ProviderItemDto], example: story.providers, description: 'Art. 8.1' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @NestedItems(ProviderItemDto)
  providers?: ProviderItemDto[];

  @ApiPropertyOptional({ type: OwnerItemDto, example: story.owner, description: 'Art. 8.2' })
  @IsOptional()
  @NestedObject(OwnerItemDto)
  owner?: OwnerItemDto;

  @ApiPropertyOptional({ type: LongBilingualTextDto, example: story.procedure, description: 'Art. 8.3' })
  @IsOptional()
  @IsBilingualText(LongBilingualTextDto)
  procedure?: LongBilingualTextDto;

  @ApiPropertyOptional({
    enum: resultForms,
    isArray: true,
    example: story.resultForms,
    description: 'Art. 8.4',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(resultForms, { each: true })
  resultForms?: ResultForm[];

  @ApiPropertyOptional({ type: DeliveryTermDto, example: story.term, description: 'Art. 8.5' })
  @IsOptional()
  @NestedObject(DeliveryTermDto)
  term?: DeliveryTermDto;

  @ApiPropertyOptional({ type: FeeItemDto, example: story.fee, description: 'Art. 8.6' })
  @IsOptional()
  @NestedObject(FeeItemDto)
  fee?: FeeItemDto;

  @ApiPropertyOptional({ type: [DocumentItemDto], example: story.documents, description: 'Art. 8.7' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @NestedItems(DocumentItemDto)
  documents?: DocumentItemDto[];

  @ApiPropertyOptional({
    type: [RefusalGroundDto],
    example: story.refusalGrounds,
    description: 'Art. 8.8',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @NestedItems(RefusalGroundDto)
  refusalGrounds?: RefusalGroundDto[];

  @ApiPropertyOptional({ type: QueueWaitDto, example: story.queueWait, description: 'Art. 8.9' })
  @IsOptional()
  @NestedObject(QueueWaitDto)
  queueWait?: QueueWaitDto;

  @ApiPropertyOptional({
    type: RegistrationTermDto,
    example: story.registrationTerm,
    description: 'Art. 8.10',
  })
  @IsOptional()
  @NestedObject(RegistrationTermDto)
  registrationTerm?: RegistrationTermDto;

  @ApiPropertyOptional({ type: AppealItemDto, example: story.appeal, description: 'Art. 8.11' })
  @IsOptional()
  @NestedObject(AppealItemDto)
  appeal?: AppealItemDto;
}
