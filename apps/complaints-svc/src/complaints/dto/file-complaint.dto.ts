import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { complaintGrounds, type ComplaintGround } from '@kzps/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** Filing a complaint (Art. 19.1). The complainant's identity comes from the token, or from the paper. */
export class FileComplaintDto {
  @ApiProperty({
    format: 'uuid',
    example: '3f1b6a52-8e0e-4d2b-9b7c-2d4b7a1e5c10',
    description: 'The registry service',
  })
  @IsUUID()
  serviceId!: string;

  @ApiPropertyOptional({
    example: 'K7M2Q9X4RB-7',
    description: 'The application complained about; it must be the complainant’s own (Art. 19.1)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  trackingNumber?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Where the service was received, when no application is named (the application says it otherwise)',
  })
  @IsOptional()
  @IsUUID()
  providerId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The body an electronic complaint is addressed to; by default the first instance of the chain. A body ' +
      'that is not competent registers it and redirects it.',
  })
  @IsOptional()
  @IsUUID()
  addressedToId?: string;

  @ApiProperty({ enum: complaintGrounds, example: 'term_missed' })
  @IsIn(complaintGrounds)
  ground!: ComplaintGround;

  @ApiProperty({
    example: 'Анықтама мерзімінде берілмеді / Справка не выдана в срок',
    description: 'The complainant’s own words, in the language they write in',
    maxLength: 4000,
  })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty({ message: '$property must not be blank' })
  @MaxLength(4000)
  description!: string;

  @ApiPropertyOptional({
    example: '850101300123',
    description: 'A paper complaint only: the complainant’s IIN or BIN, as the paper gives it',
  })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'complainantIdNumber must be a 12-digit IIN or BIN' })
  complainantIdNumber?: string;

  @ApiPropertyOptional({
    example: 'Кіріс № 14-07/512 / Вх. № 14-07/512',
    description: 'A paper complaint only: the paper’s incoming reference',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty({ message: '$property must not be blank' })
  @MaxLength(100)
  paperReference?: string;
}
