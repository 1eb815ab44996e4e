import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsCalendarDate, NestedItems, NestedObject, queryBoolean } from '@kzps/platform';
import { RecordApprovingActDto } from '../../registration/dto/approving-act.dto';
import { PutReglamentDto } from '../../reglament/dto/reglament.dto';
import { StandardContentDto } from '../../standards/dto/standard-content.dto';
import { importedStandardExample as example } from '../transition.examples';

/** The most standards one request imports: a ministry's whole stock fits in a few. */
export const MAX_IMPORTED_STANDARDS = 500;

export class ImportedRegistrationDto {
  @ApiProperty({ example: example.registration.number, description: 'Number in the State register' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  number!: string;

  @ApiProperty({ example: example.registration.date, description: 'Date of state registration (Art. 7.2)' })
  @IsCalendarDate()
  date!: string;
}

export class ImportedReglamentActDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The akimat whose resolution this is (Art. 10.3); omitted for the central body’s order',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ example: example.reglament.acts[0]?.actNumber })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  actNumber!: string;

  @ApiProperty({ example: example.reglament.acts[0]?.actDate })
  @IsCalendarDate()
  actDate!: string;
}

/** A reglament in force with the acts that adopted it (Art. 10.2-3). */
export class ImportedReglamentDto extends PutReglamentDto {
  @ApiProperty({ type: [ImportedReglamentActDto], example: example.reglament.acts })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @NestedItems(ImportedReglamentActDto)
  acts!: ImportedReglamentActDto[];
}

export class ImportedStandardDto {
  @ApiProperty({ format: 'uuid', example: example.serviceId, description: 'The registry’s service' })
  @IsUUID()
  serviceId!: string;

  @ApiProperty({ type: StandardContentDto, description: 'The eleven items of Art. 8, as in force' })
  @IsDefined()
  @NestedObject(StandardContentDto)
  content!: StandardContentDto;

  @ApiProperty({
    type: RecordApprovingActDto,
    description: 'The central body’s act that approved it (Art. 7.1)',
  })
  @IsDefined()
  @NestedObject(RecordApprovingActDto)
  approvingAct!: RecordApprovingActDto;

  @ApiProperty({ type: ImportedRegistrationDto, description: 'Its state registration (Art. 7.2)' })
  @IsDefined()
  @NestedObject(ImportedRegistrationDto)
  registration!: ImportedRegistrationDto;

  @ApiProperty({
    example: example.inForceFrom,
    description: 'The day it entered into force: not before its registration, not after today',
  })
  @IsCalendarDate()
  inForceFrom!: string;

  @ApiPropertyOptional({
    type: ImportedReglamentDto,
    description: 'Its reglament in force, if one was adopted',
  })
  @IsOptional()
  @NestedObject(ImportedReglamentDto)
  reglament?: ImportedReglamentDto;
}

export class ImportStandardsDto {
  @ApiProperty({ type: [ImportedStandardDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_IMPORTED_STANDARDS)
  @NestedItems(ImportedStandardDto)
  standards!: ImportedStandardDto[];
}

export class ImportQueryDto {
  @ApiPropertyOptional({
    type: Boolean,
    example: true,
    description: 'Check everything and answer the report, writing nothing',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  dryRun?: boolean;
}

export class ImportProblemDto {
  @ApiProperty({ example: 'IMPORT_STANDARD_EXISTS' })
  code!: string;

  @ApiProperty({ example: 'The service already has a standard in force, or work on one has begun here' })
  title!: string;

  @ApiProperty({
    example: {
      kk: 'Қызметтің қолданыстағы стандарты бар немесе мұнда оның әзірлемесі басталған',
      ru: 'У услуги уже есть действующий стандарт, или работа над ним здесь уже начата',
    },
  })
  localizedTitle!: { kk: string; ru: string };

  @ApiPropertyOptional({ example: 'standards[0].serviceId' })
  field?: string;

  @ApiPropertyOptional({ example: 'Its discussion was opened on 2026-06-02' })
  detail?: string;
}

export const alignmentOutcomes = [
  'tracked',
  'adopted_under_the_law',
  'ran_out_before_import',
  'law_in_force_date_not_configured',
] as const;
export type AlignmentOutcome = (typeof alignmentOutcomes)[number];

export class AlignmentTermReportDto {
  @ApiProperty({
    enum: alignmentOutcomes,
    example: 'tracked',
    description:
      'Art. 25: `tracked` from the law’s entry into force; a standard adopted under the law needs no alignment; ' +
      'a term that ran out before the import is history and is not raised; without the law’s date none is tracked',
  })
  outcome!: AlignmentOutcome;

  @ApiProperty({ nullable: true, example: '2026-09-01', description: 'The term’s last day, when known' })
  dueDate!: string | null;
}

export class ImportedStandardReportDto {
  @ApiProperty({ example: 0 })
  index!: number;

  @ApiProperty({ format: 'uuid', example: example.serviceId })
  serviceId!: string;

  @ApiProperty({ enum: ['imported', 'would_import', 'refused'], example: 'imported' })
  outcome!: 'imported' | 'would_import' | 'refused';

  @ApiProperty({ format: 'uuid', nullable: true, example: '5b0c3f8e-2d1a-4c6b-9e7f-8a1b2c3d4e5f' })
  standardId!: string | null;

  @ApiProperty({ type: [ImportProblemDto], example: [] })
  problems!: ImportProblemDto[];

  @ApiProperty({ type: AlignmentTermReportDto })
  alignmentTerm!: AlignmentTermReportDto;

  @ApiProperty({ example: true })
  reglamentImported!: boolean;
}

export class StandardsImportReportDto {
  @ApiProperty({ example: false })
  dryRun!: boolean;

  @ApiProperty({
    enum: ['imported', 'valid', 'rejected'],
    example: 'imported',
    description:
      '`valid`: a dry run that would import everything; `rejected`: nothing is (or would be) written',
  })
  status!: 'imported' | 'valid' | 'rejected';

  @ApiProperty({ example: 1 })
  total!: number;

  @ApiProperty({ example: 0 })
  refused!: number;

  @ApiProperty({ type: [ImportedStandardReportDto] })
  items!: ImportedStandardReportDto[];
}
