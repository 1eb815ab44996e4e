import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  registerDecorator,
  ValidateIf,
  type ValidationArguments,
} from 'class-validator';
import { applicationResultForms, type ApplicationResultForm } from '@kzps/contracts';
import { IsBilingualText, LongBilingualTextDto } from '@kzps/platform';

const formOf = (args?: ValidationArguments): unknown =>
  (args?.object as Partial<RecordResultDto> | undefined)?.form;

/**
 * A field of one result form: required and checked when the result takes that form, and refused, naming the
 * field, when it comes with another, which would otherwise be recorded on the result beside the chosen form's.
 */
function OfResultForm(form: ApplicationResultForm): PropertyDecorator {
  return (target, property) => {
    ValidateIf((dto: RecordResultDto, value: unknown) => dto.form === form || value !== undefined)(
      target,
      property,
    );
    registerDecorator({
      name: 'ofResultForm',
      target: target.constructor,
      propertyName: String(property),
      constraints: [form],
      validator: {
        validate: (_value: unknown, args?: ValidationArguments) => formOf(args) === form,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'value'} belongs to the ${form} form, not ${String(formOf(args))}`,
      },
    });
  };
}

/**
 * Art. 15.3: an electronic document (hash and signature), a paper document, or an information-system entry;
 * each with its own fields and no other form's.
 */
export class RecordResultDto {
  @ApiProperty({ enum: applicationResultForms })
  @IsIn(applicationResultForms)
  form!: ApplicationResultForm;

  @ApiPropertyOptional({ description: 'Electronic document only: SHA-256 of the document, hexadecimal' })
  @OfResultForm('electronic_document')
  @Matches(/^[0-9a-f]{64}$/, { message: 'documentSha256 must be 64 lower-case hexadecimal characters' })
  documentSha256?: string;

  @ApiPropertyOptional({
    description: "Electronic document only: base64 of the provider's CMS signature over it",
  })
  @OfResultForm('electronic_document')
  @IsString()
  @IsNotEmpty()
  @MaxLength(32_768)
  providerSignature?: string;

  @ApiPropertyOptional({ description: 'Paper document only: its outgoing number' })
  @OfResultForm('paper_document')
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  documentNumber?: string;

  @ApiPropertyOptional({ description: 'Information-system entry only: the system' })
  @OfResultForm('information_system_entry')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  informationSystem?: string;

  @ApiPropertyOptional({ description: "Information-system entry only: the entry's reference" })
  @OfResultForm('information_system_entry')
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
