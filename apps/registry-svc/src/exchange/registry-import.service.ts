import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { DomainError, type FieldProblem } from '@kzps/platform';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { Organization } from '../organizations/organization.entity';
import { CreateServiceEntryDto, InclusionDto } from '../services/dto/service-entry.dto';
import { RegistryEntriesService } from '../services/registry-entries.service';
import { consistencyProblems, contentFromFields } from '../services/service-entry.content';
import { ServiceErrorCode } from '../services/services.errors';
import { parseCsvRecords } from './csv';
import type { ImportReportDto, ImportRowErrorDto } from './dto/import-report.dto';
import { exchangeError, ExchangeErrorCode } from './exchange.errors';
import {
  laterCsvColumns,
  list,
  organizationNameOf,
  registryCsvColumns,
  restoreFormula,
  type RegistryCsvColumn,
  type RegistryCsvRow,
} from './registry-csv';

export type ImportProgress = (done: number, total: number) => void | Promise<void>;

/** Work done in the import's transaction once every row is written, committed with them. */
export type BeforeCommit = (manager: EntityManager, report: ImportReportDto) => Promise<void>;

/** A data row and the line of the file it starts on (the header is line 1). */
export interface ImportRow {
  line: number;
  row: RegistryCsvRow;
}

/** The organisations a file names that are in the directory: by BIN, and by id (those without a BIN). */
interface NamedOrganizations {
  idByBin: Map<string, string>;
  ids: Set<string>;
}

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

/** The column of the file an entry field comes from, so the report names what the author can fix. */
const columnOfField: Record<string, RegistryCsvColumn> = {
  'name.kk': 'nameKk',
  'name.ru': 'nameRu',
  'description.kk': 'descriptionKk',
  'description.ru': 'descriptionRu',
  'feeLegalBasis.kk': 'feeLegalBasisKk',
  'feeLegalBasis.ru': 'feeLegalBasisRu',
  'legalBasis.kk': 'legalBasisKk',
  'legalBasis.ru': 'legalBasisRu',
  ownerId: 'ownerBin',
  providerIds: 'providerBins',
  intakeOrganizationIds: 'intakeBins',
};
const columnOf = (field: string): string => columnOfField[field] ?? field;

const toBoolean = (value: string): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/**
 * Bulk import of registry entries from CSV, all or nothing: every row is checked, and the entries are
 * written in one transaction only when no row has a problem. The report names each bad row (by its line
 * in the file) and every problem of the row.
 */
@Injectable()
export class RegistryImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entries: RegistryEntriesService,
  ) {}

  /** Reads a file and imports it in one go (the CLI); the REST import queues a job instead. */
  importCsv(text: string, actor: Actor, onProgress?: ImportProgress): Promise<ImportReportDto> {
    return this.importFile(this.readFile(text), actor, onProgress);
  }

  /**
   * The file's rows, or its refusal: 400 without the registry's columns, 422 when it is not well-formed CSV.
   * Reads no database, so a request can check a file before queueing it.
   */
  readFile(text: string): ImportRow[] {
    const {
      records: [header, ...records],
      problems,
    } = parseCsvRecords(text);
    const missing = registryCsvColumns.filter(
      (column) => !laterCsvColumns.includes(column) && !header?.cells.includes(column),
    );
    if ((!header && problems.length === 0) || missing.length > 0) {
      throw exchangeError(ExchangeErrorCode.CsvHeaderInvalid, `Missing columns: ${missing.join(', ')}`, {
        expectedColumns: registryCsvColumns,
      });
    }
    // A file that is not well-formed is refused whole: a broken quote or a row of the wrong width means the
    // cells cannot be told apart, and guessing would import some other data than the author wrote.
    if (problems.length > 0) {
      throw rejected({
        status: 'rejected',
        rows: records.length,
        imported: 0,
        included: 0,
        errors: problems,
      });
    }
    return records.map(({ line, cells }) => ({
      line,
      row: Object.fromEntries(
        registryCsvColumns.map((column) => [
          column,
          restoreFormula((cells[header?.cells.indexOf(column) ?? -1] ?? '').trim()),
        ]),
      ) as RegistryCsvRow,
    }));
  }

  /**
   * Imports the rows in one transaction, all or nothing: 422 with the report when any row has a problem.
   * `beforeCommit` runs in that transaction after the last row (a job records its outcome there).
   */
  async importFile(
    rows: ImportRow[],
    actor: Actor,
    onProgress?: ImportProgress,
    beforeCommit?: BeforeCommit,
  ): Promise<ImportReportDto> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const report = await this.importRows(manager, rows, actor, onProgress);
        if (report.errors.length > 0) throw new Rejected(report);
        await beforeCommit?.(manager, report);
        return report;
      });
    } catch (error) {
      if (error instanceof Rejected) {
        throw rejected({ ...error.report, status: 'rejected', imported: 0, included: 0 });
      }
      throw error;
    }
  }

  private async importRows(
    manager: EntityManager,
    rows: ImportRow[],
    actor: Actor,
    onProgress?: ImportProgress,
  ): Promise<ImportReportDto> {
    const directory = await this.namedOrganizations(manager, rows);
    const errors: ImportRowErrorDto[] = [];
    let imported = 0;
    let included = 0;
    for (const [index, { line, row }] of rows.entries()) {
      const outcome = await this.importRow(manager, row, line, directory, actor);
      if (outcome === 'draft' || outcome === 'included') {
        imported += 1;
        if (outcome === 'included') included += 1;
      } else {
        errors.push(...outcome);
      }
      if (onProgress && ((index + 1) % 100 === 0 || index + 1 === rows.length)) {
        await onProgress(index + 1, rows.length);
      }
    }
    return { status: 'imported', rows: rows.length, imported, included, errors };
  }

  private async namedOrganizations(manager: EntityManager, rows: ImportRow[]): Promise<NamedOrganizations> {
    const names = rows
      .flatMap(({ row }) => [row.ownerBin, ...list(row.providerBins), ...list(row.intakeBins)])
      .map(organizationNameOf);
    const bins = [...new Set(names.flatMap((name) => ('bin' in name ? [name.bin] : [])))];
    const ids = [...new Set(names.flatMap((name) => ('id' in name ? [name.id] : [])))];
    const organizations = await manager
      .getRepository(Organization)
      .find({ where: [{ bin: In(bins) }, ...(ids.length > 0 ? [{ id: In(ids) }] : [])] });
    return {
      idByBin: new Map(organizations.flatMap((o) => (o.bin !== null ? [[o.bin, o.id] as const] : []))),
      ids: new Set(organizations.map((o) => o.id)),
    };
  }

  private async importRow(
    manager: EntityManager,
    row: RegistryCsvRow,
    line: number,
    directory: NamedOrganizations,
    actor: Actor,
  ): Promise<'draft' | 'included' | ImportRowErrorDto[]> {
    const problems: ImportRowErrorDto[] = [];
    const unknownOrganizations = new Set<string>();
    const resolve = (cell: string, field: RegistryCsvColumn): string => {
      const name = organizationNameOf(cell);
      const id =
        'id' in name ? (directory.ids.has(name.id) ? name.id : undefined) : directory.idByBin.get(name.bin);
      if (!id) {
        unknownOrganizations.add(field);
        problems.push({
          line,
          field,
          code: ServiceErrorCode.UnknownOrganization,
          message:
            'id' in name ? `No organisation with id ${name.id}` : `No organisation with BIN ${name.bin}`,
        });
      }
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
      providerIds: list(row.providerBins).map((cell) => resolve(cell, 'providerBins')),
      intakeOrganizationIds: list(row.intakeBins).map((cell) => resolve(cell, 'intakeBins')),
      intakeViaPortal: toBoolean(row.intakeViaPortal),
      deliveryForm: row.deliveryForm,
      channels: list(row.channels),
      paid: toBoolean(row.paid),
      ...(fee ? { feeLegalBasis: { kk: row.feeLegalBasisKk, ru: row.feeLegalBasisRu } } : {}),
      legalBasis: { kk: row.legalBasisKk, ru: row.legalBasisRu },
      ...(row.termWorkingDays ? { termWorkingDays: Number(row.termWorkingDays) } : {}),
    });
    // Every problem of the row at once; a column naming an unknown organisation is reported once, by the name.
    const invalid = flatten(await validate(input, { whitelist: true, forbidNonWhitelisted: true })).filter(
      ({ field }) => !unknownOrganizations.has(columnOf(field)),
    );
    const include = row.status === 'included' || row.status === 'amended';
    const decree = plainToInstance(InclusionDto, {
      decreeNumber: row.decreeNumber,
      decreeDate: row.decreeDate,
      ...(row.decreeKind ? { decreeKind: row.decreeKind } : {}),
    });
    const invalidDecree = include ? flatten(await validate(decree)) : [];
    if (!['', 'draft', 'included', 'amended'].includes(row.status)) {
      problems.push({
        line,
        field: 'status',
        code: 'VALIDATION_FAILED',
        message: 'status must be draft or included',
      });
    }
    for (const { field, message } of [...invalid, ...invalidDecree]) {
      problems.push({ line, field: columnOf(field), code: 'VALIDATION_FAILED', message });
    }
    if (invalid.length === 0) {
      for (const { field, message, localizedMessage } of consistencyProblems(contentFromFields(input))) {
        problems.push({
          line,
          field: columnOf(field),
          code: ServiceErrorCode.Inconsistent,
          message,
          localizedMessage,
        });
      }
    }
    if (problems.length > 0) return problems;
    try {
      // Domain checks read only (no failing statement), so the transaction stays usable for later rows.
      const entry = await this.entries.createWith(manager, input, actor);
      if (!include) return 'draft';
      await this.entries.includeWith(manager, entry.id, decree, actor);
      return 'included';
    } catch (error) {
      if (error instanceof DomainError) return rowErrorsOf(error, line);
      throw error;
    }
  }
}

/** The import refused, with the report naming every problem by its line. */
function rejected(report: ImportReportDto): DomainError {
  return exchangeError(ExchangeErrorCode.ImportRejected, `${report.errors.length} problem(s) in the file`, {
    report,
  });
}

/** A domain refusal as report lines: one per field it names, else one for the row. */
function rowErrorsOf(error: DomainError, line: number): ImportRowErrorDto[] {
  const fields = Array.isArray(error.extensions.errors) ? (error.extensions.errors as FieldProblem[]) : [];
  if (fields.length === 0) return [{ line, code: error.code, message: error.detail ?? error.message }];
  return fields.map(({ field, message, localizedMessage }) => ({
    line,
    field: columnOf(field),
    code: error.code,
    message,
    ...(localizedMessage ? { localizedMessage } : {}),
  }));
}
