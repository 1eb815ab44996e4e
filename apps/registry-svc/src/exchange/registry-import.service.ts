import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { DomainError } from '@kzps/platform';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { Organization } from '../organizations/organization.entity';
import { CreateServiceEntryDto, InclusionDto } from '../services/dto/service-entry.dto';
import { RegistryEntriesService } from '../services/registry-entries.service';
import { parseCsv } from './csv';
import type { ImportReportDto, ImportRowErrorDto } from './dto/import-report.dto';
import { exchangeError, ExchangeErrorCode } from './exchange.errors';
import { list, registryCsvColumns, type RegistryCsvRow } from './registry-csv';

export type ImportProgress = (done: number, total: number) => void;

/** Thrown inside the transaction to roll it back; carries the report out. */
class Rejected extends Error {
  constructor(readonly report: ImportReportDto) {
    super('import rejected');
  }
}

function flatten(errors: ValidationError[], parent = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    return [
      ...Object.values(error.constraints ?? {}).map((message) => ({ field, message })),
      ...flatten(error.children ?? [], field),
    ];
  });
}

const toBoolean = (value: string): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/**
 * Bulk import of registry entries from CSV, all or nothing: every row is checked, and the entries are
 * written in one transaction only when no row has a problem. The report names each bad row and field.
 */
@Injectable()
export class RegistryImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entries: RegistryEntriesService,
  ) {}

  async importCsv(text: string, actor: Actor, onProgress?: ImportProgress): Promise<ImportReportDto> {
    const [header, ...records] = parseCsv(text);
    const missing = registryCsvColumns.filter((column) => !header?.includes(column));
    if (!header || missing.length > 0) {
      throw exchangeError(ExchangeErrorCode.CsvHeaderInvalid, `Missing columns: ${missing.join(', ')}`, {
        expectedColumns: registryCsvColumns,
      });
    }
    const rows = records.map((record) =>
      Object.fromEntries(
        registryCsvColumns.map((column) => [column, (record[header.indexOf(column)] ?? '').trim()]),
      ),
    ) as RegistryCsvRow[];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const report = await this.importRows(manager, rows, actor, onProgress);
        if (report.errors.length > 0) throw new Rejected(report);
        return report;
      });
    } catch (error) {
      if (error instanceof Rejected) {
        throw exchangeError(
          ExchangeErrorCode.ImportRejected,
          `${error.report.errors.length} problem(s) in the file`,
          {
            report: { ...error.report, status: 'rejected', imported: 0, included: 0 },
          },
        );
      }
      throw error;
    }
  }

  private async importRows(
    manager: EntityManager,
    rows: RegistryCsvRow[],
    actor: Actor,
    onProgress?: ImportProgress,
  ): Promise<ImportReportDto> {
    const bins = new Set(
      rows.flatMap((row) => [row.ownerBin, ...list(row.providerBins), ...list(row.intakeBins)]),
    );
    const organizations = await manager.getRepository(Organization).find({ where: { bin: In([...bins]) } });
    const idByBin = new Map(organizations.flatMap((o) => (o.bin !== null ? [[o.bin, o.id] as const] : [])));
    const errors: ImportRowErrorDto[] = [];
    let imported = 0;
    let included = 0;
    for (const [index, row] of rows.entries()) {
      const line = index + 2;
      const rowErrors = await this.importRow(manager, row, line, idByBin, actor);
      if (rowErrors === 'draft' || rowErrors === 'included') {
        imported += 1;
        if (rowErrors === 'included') included += 1;
      } else {
        errors.push(...rowErrors);
      }
      if (onProgress && ((index + 1) % 100 === 0 || index + 1 === rows.length))
        onProgress(index + 1, rows.length);
    }
    return { status: 'imported', rows: rows.length, imported, included, errors };
  }

  private async importRow(
    manager: EntityManager,
    row: RegistryCsvRow,
    line: number,
    idByBin: Map<string, string>,
    actor: Actor,
  ): Promise<'draft' | 'included' | ImportRowErrorDto[]> {
    const problems: ImportRowErrorDto[] = [];
    const resolve = (bin: string, field: string): string => {
      const id = idByBin.get(bin);
      if (!id)
        problems.push({
          line,
          field,
          code: 'SERVICE_UNKNOWN_ORGANIZATION',
          message: `No organisation with BIN ${bin}`,
        });
      return id ?? '';
    };
    const fee = row.feeLegalBasisKk || row.feeLegalBasisRu;
    const description = row.descriptionKk || row.descriptionRu;
    const input = plainToInstance(CreateServiceEntryDto, {
      ...(row.code ? { code: row.code } : {}),
      name: { kk: row.nameKk, ru: row.nameRu },
      ...(description ? { description: { kk: row.descriptionKk, ru: row.descriptionRu } } : {}),
      classifierCode: row.classifierCode,
      recipientTypes: list(row.recipientTypes),
      ownerId: resolve(row.ownerBin, 'ownerBin'),
      providerIds: list(row.providerBins).map((bin) => resolve(bin, 'providerBins')),
      intakeOrganizationIds: list(row.intakeBins).map((bin) => resolve(bin, 'intakeBins')),
      intakeViaPortal: toBoolean(row.intakeViaPortal),
      deliveryForm: row.deliveryForm,
      channels: list(row.channels),
      paid: toBoolean(row.paid),
      ...(fee ? { feeLegalBasis: { kk: row.feeLegalBasisKk, ru: row.feeLegalBasisRu } } : {}),
      legalBasis: { kk: row.legalBasisKk, ru: row.legalBasisRu },
      ...(row.termWorkingDays ? { termWorkingDays: Number(row.termWorkingDays) } : {}),
    });
    if (problems.length > 0) return problems;
    const invalid = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
    const include = row.status === 'included' || row.status === 'amended';
    const decree = plainToInstance(InclusionDto, {
      decreeNumber: row.decreeNumber,
      decreeDate: row.decreeDate,
    });
    const invalidDecree = include ? await validate(decree) : [];
    if (!['', 'draft', 'included', 'amended'].includes(row.status)) {
      problems.push({
        line,
        field: 'status',
        code: 'VALIDATION_FAILED',
        message: 'status must be draft or included',
      });
    }
    for (const { field, message } of [...flatten(invalid), ...flatten(invalidDecree)]) {
      problems.push({ line, field, code: 'VALIDATION_FAILED', message });
    }
    if (problems.length > 0) return problems;
    try {
      // Domain checks read only (no failing statement), so the transaction stays usable for later rows.
      const entry = await this.entries.createWith(manager, input, actor);
      if (!include) return 'draft';
      await this.entries.includeWith(manager, entry.id, decree, actor);
      return 'included';
    } catch (error) {
      if (error instanceof DomainError)
        return [{ line, code: error.code, message: error.detail ?? error.message }];
      throw error;
    }
  }
}
