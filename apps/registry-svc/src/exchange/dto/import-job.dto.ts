import { ApiProperty } from '@nestjs/swagger';
import { importJobStatuses, type ImportJobStatus } from '../import-job.entity';
import { ImportReportDto } from './import-report.dto';

export class ImportJobDto {
  @ApiProperty({ format: 'uuid', example: '0b7e6f52-3c1d-4a8e-9f20-5d6c7b8a9e01' })
  id!: string;

  @ApiProperty({
    enum: importJobStatuses,
    example: 'running',
    description:
      'queued, running; then imported (every row written), rejected (a row has a problem: nothing written, ' +
      'the report names each) or failed (the run broke off three times: nothing written)',
  })
  status!: ImportJobStatus;

  @ApiProperty({ example: 3000, description: 'Data rows in the file' })
  rows!: number;

  @ApiProperty({ example: 1200, description: 'Rows checked so far' })
  done!: number;

  @ApiProperty({ type: ImportReportDto, nullable: true, description: 'Once imported or rejected' })
  report!: ImportReportDto | null;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T05:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, example: '2026-03-02T05:00:00.120Z' })
  startedAt!: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, example: null })
  finishedAt!: string | null;
}
