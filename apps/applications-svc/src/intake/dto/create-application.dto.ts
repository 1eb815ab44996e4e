import { NestedObject } from '@kzps/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { applicationChannels, type ApplicationChannel } from '@kzps/contracts';
import { IsBin, IsIin } from '@kzps/identifiers';
import { identificationMethods, type IdentificationMethod } from '../../applications/application.entity';

export class RecipientDto {
  @ApiPropertyOptional({ example: '900315401233', description: 'IIN of an individual recipient' })
  // Absent, or an IIN: `@IsOptional` would let a null through as if absent, to a recipient without a number.
  @ValidateIf((_recipient, value) => value !== undefined)
  @IsIin()
  iin?: string;

  @ApiPropertyOptional({ example: '190840004325', description: 'BIN of a legal entity recipient' })
  @ValidateIf((_recipient, value) => value !== undefined)
  @IsBin()
  bin?: string;
}

export class OperatorSignatureConsentDto {
  @ApiProperty({
    example: 'С-2026/0412',
    description: "Number of the recipient's signed written consent form, kept at the PSC (Art. 14.4)",
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  consentFormNumber!: string;
}

export class CreateApplicationDto {
  @ApiProperty({ format: 'uuid', description: 'The service in the registry' })
  @IsUUID()
  serviceId!: string;

  @ApiProperty({ enum: applicationChannels, description: 'Art. 12: where the application is made' })
  @IsIn(applicationChannels)
  channel!: ApplicationChannel;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The provider the application is for; needed only when the standard names several',
  })
  @IsOptional()
  @IsUUID()
  providerOrganizationId?: string;

  @ApiPropertyOptional({
    type: RecipientDto,
    description:
      "At a desk: the recipient's IIN or BIN, as the operator identified them. Electronically: the token's",
  })
  @IsOptional()
  @NestedObject(RecipientDto)
  recipient?: RecipientDto;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      "Ids of the standard's documents presented (GET /api/v1/applications/services/{serviceId}/standard)",
  })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  documentIds!: string[];

  @ApiPropertyOptional({
    enum: identificationMethods,
    description: 'Art. 14.3: how the recipient was identified',
  })
  @IsOptional()
  @IsIn(identificationMethods)
  identificationMethod?: IdentificationMethod;

  @ApiPropertyOptional({
    type: OperatorSignatureConsentDto,
    description:
      "Art. 14.4: the recipient has no electronic signature and consented in writing to the operator's",
  })
  @IsOptional()
  @NestedObject(OperatorSignatureConsentDto)
  operatorSignatureConsent?: OperatorSignatureConsentDto;

  @ApiPropertyOptional({
    description:
      'Electronic channel (Art. 15.2): base64 of a CMS detached signature by the recipient over this body ' +
      'without `signature`, in RFC 8785 canonical JSON',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32_768)
  signature?: string;
}
