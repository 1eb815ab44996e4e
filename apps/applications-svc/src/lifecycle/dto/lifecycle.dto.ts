import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { applicationResultForms, type ApplicationResultForm } from '@kzps/contracts';
import { IsBilingualText, LongBilingualTextDto } from '@kzps/platform';

/** Art. 15.3: an electronic document (hash and signature), a paper document, or an information-system entry. */
export class RecordResultDto {
  @ApiProperty({ enum: applicationResultForms })
  @IsIn(applicationResultForms)
  form!: ApplicationResultForm;

  @ApiPropertyOptional({ description: 'Electronic document: SHA-256 of the document, hexadecimal' })
  @ValidateIf((dto: RecordResultDto) => dto.form === 'electronic_document')
  @Matches(/^[0-9a-f]{64}$/, { message: 'documentSha256 must be 64 lower-case hexadecimal characters' })
  documentSha256?: string;

  @ApiPropertyOptional({ description: "Electronic document: base64 of the provider's CMS signature over it" })
  @ValidateIf((dto: RecordResultDto) => dto.form === 'electronic_document')
  @IsString()
  @IsNotEmpty()
  @MaxLength(32_768)
  providerSignature?: string;

  @ApiPropertyOptional({ description: 'Paper document: its outgoing number' })
  @ValidateIf((dto: RecordResultDto) => dto.form === 'paper_document')
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  documentNumber?: string;

  @ApiPropertyOptional({ description: 'Information-system entry: the system' })
  @ValidateIf((dto: RecordResultDto) => dto.form === 'information_system_entry')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  informationSystem?: string;

  @ApiPropertyOptional({ description: "Information-system entry: the entry's reference" })
  @ValidateIf((dto: RecordResultDto) => dto.form === 'information_system_entry')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  entryReference?: string;
}

/** Art. 5.3.2, 8.8: a motivated refusal on one of the pinned standard's grounds. */
export class RefuseApplicationDto {
  @ApiProperty({ format: 'uuid', description: "A refusal ground of the application's standard version" })
  @IsUUID()
  refusalGroundId!: string;

  @ApiProperty({ type: LongBilingualTextDto, description: 'Why the ground applies to this application' })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  motivation!: LongBilingualTextDto;
}
