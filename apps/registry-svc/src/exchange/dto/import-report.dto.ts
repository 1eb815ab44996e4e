import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

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
