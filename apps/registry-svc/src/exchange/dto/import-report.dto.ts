import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ShortBilingualTextDto } from '@kzps/platform';

export class ImportRowErrorDto {
  @ApiProperty({ example: 3, description: 'Line in the file (the header is line 1)' })
  line!: number;

  @ApiPropertyOptional({ example: 'deliveryForm' })
  field?: string;

  @ApiProperty({ example: 'VALIDATION_FAILED' })
  code!: string;

  @ApiProperty({
    example: 'deliveryForm must be one of the following values: paper, electronic, paper-and-electronic',
  })
  message!: string;

  @ApiPropertyOptional({
    type: ShortBilingualTextDto,
    description: "A rule across the row's fields, in Kazakh and Russian for the person fixing the file",
    example: {
      kk: 'Электрондық нысан «электрондық үкімет» веб-порталы арнасын талап етеді',
      ru: 'Электронная форма требует канала веб-портала «электронного правительства»',
    },
  })
  localizedMessage?: ShortBilingualTextDto;
}

export class ImportReportDto {
  @ApiProperty({ enum: ['imported', 'rejected'], example: 'imported' })
  status!: 'imported' | 'rejected';

  @ApiProperty({ example: 120, description: 'Data rows in the file' })
  rows!: number;

  @ApiProperty({ example: 120, description: 'Entries written (0 when rejected: all or nothing)' })
  imported!: number;

  @ApiProperty({ example: 80, description: 'Of them, included by the decree given in the row' })
  included!: number;

  @ApiProperty({ type: [ImportRowErrorDto] })
  errors!: ImportRowErrorDto[];
}
