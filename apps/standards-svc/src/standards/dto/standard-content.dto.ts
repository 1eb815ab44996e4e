import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { BilingualDto } from '../../common/bilingual.dto';
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
import { WithinCalendarBounds } from '../term-bounds';

export class ProviderItemDto {
  @ApiPropertyOptional({ example: '7d1f1c8e-52a4-4f5c-9d89-3c3b5c1f2a10' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ type: BilingualDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  name!: BilingualDto;
}

export class OwnerItemDto {
  @ApiProperty({ example: '0b3f8a66-2f0e-4a55-8d5b-6e0f5c1f2a10' })
  @IsUUID()
  organizationId!: string;

  @ApiProperty({ type: BilingualDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  name!: BilingualDto;
}

export class DeliveryTermDto {
  @ApiProperty({
    example: 5,
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

  @ApiProperty({ example: true, description: 'Art. 14.1: whether the day of acceptance counts in the term' })
  @IsBoolean()
  acceptanceDayCounts!: boolean;
}

export class FeeItemDto {
  @ApiProperty({ example: false })
  @IsBoolean()
  free!: boolean;

  @ApiPropertyOptional({ example: 1380, description: 'Amount in tenge; absent when free' })
  @IsOptional()
  @IsInt()
  @Min(1)
  amountKzt?: number;

  @ApiProperty({ type: BilingualDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  legalBasis!: BilingualDto;

  @ApiProperty({ enum: paymentMethods, isArray: true, example: ['egov_payment_gateway'] })
  @IsArray()
  @IsIn(paymentMethods, { each: true })
  paymentMethods!: PaymentMethod[];
}

export class ChannelDocumentRuleDto {
  @ApiProperty({ enum: channels, example: 'psc' })
  @IsIn(channels)
  channel!: Channel;

  @ApiProperty({ example: true })
  @IsBoolean()
  mandatory!: boolean;

  @ApiProperty({ enum: documentForms, example: 'original_for_verification' })
  @IsIn(documentForms)
  form!: DocumentForm;
}

export class DocumentItemDto {
  @ApiProperty({ type: BilingualDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  name!: BilingualDto;

  @ApiProperty({ example: true })
  @IsBoolean()
  mandatory!: boolean;

  @ApiProperty({ enum: documentForms, example: 'copy' })
  @IsIn(documentForms)
  form!: DocumentForm;

  @ApiPropertyOptional({ type: [ChannelDocumentRuleDto], description: 'Rules where a channel differs' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => ChannelDocumentRuleDto)
  perChannel?: ChannelDocumentRuleDto[];
}

export class RefusalGroundDto {
  @ApiProperty({ type: BilingualDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  text!: BilingualDto;

  @ApiPropertyOptional({ type: BilingualDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BilingualDto)
  legalBasis?: BilingualDto;
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
  @ApiProperty({ example: 1, minimum: 1 })
  @IsInt()
  @Min(1)
  @WithinCalendarBounds()
  value!: number;

  @ApiProperty({ enum: registrationTermUnits, example: 'working_days' })
  @IsIn(registrationTermUnits)
  unit!: RegistrationTermUnit;
}

export class AppealItemDto {
  @ApiProperty({ type: BilingualDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  procedure!: BilingualDto;
}

/** The eleven items of Art. 8; a draft may leave some out until it goes to public discussion. */
export class StandardContentDto {
  @ApiPropertyOptional({ type: [ProviderItemDto], description: 'Art. 8.1' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ProviderItemDto)
  providers?: ProviderItemDto[];

  @ApiPropertyOptional({ type: OwnerItemDto, description: 'Art. 8.2' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OwnerItemDto)
  owner?: OwnerItemDto;

  @ApiPropertyOptional({ type: BilingualDto, description: 'Art. 8.3' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BilingualDto)
  procedure?: BilingualDto;

  @ApiPropertyOptional({ enum: resultForms, isArray: true, example: ['electronic_document'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(resultForms, { each: true })
  resultForms?: ResultForm[];

  @ApiPropertyOptional({ type: DeliveryTermDto, description: 'Art. 8.5' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeliveryTermDto)
  term?: DeliveryTermDto;

  @ApiPropertyOptional({ type: FeeItemDto, description: 'Art. 8.6' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FeeItemDto)
  fee?: FeeItemDto;

  @ApiPropertyOptional({ type: [DocumentItemDto], description: 'Art. 8.7' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DocumentItemDto)
  documents?: DocumentItemDto[];

  @ApiPropertyOptional({ type: [RefusalGroundDto], description: 'Art. 8.8' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => RefusalGroundDto)
  refusalGrounds?: RefusalGroundDto[];

  @ApiPropertyOptional({ type: QueueWaitDto, description: 'Art. 8.9' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QueueWaitDto)
  queueWait?: QueueWaitDto;

  @ApiPropertyOptional({ type: RegistrationTermDto, description: 'Art. 8.10' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegistrationTermDto)
  registrationTerm?: RegistrationTermDto;

  @ApiPropertyOptional({ type: AppealItemDto, description: 'Art. 8.11' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AppealItemDto)
  appeal?: AppealItemDto;
}
