import type { ServiceEntryDto } from '../services/dto/service-entry-response.dto';

/** The columns of the registry CSV; organisations are named by BIN, lists are separated by ";". */
export const registryCsvColumns = [
  'code',
  'status',
  'classifierCode',
  'nameKk',
  'nameRu',
  'descriptionKk',
  'descriptionRu',
  'recipientTypes',
  'ownerBin',
  'providerBins',
  'intakeBins',
  'intakeViaPortal',
  'deliveryForm',
  'channels',
  'paid',
  'feeLegalBasisKk',
  'feeLegalBasisRu',
  'legalBasisKk',
  'legalBasisRu',
  'termWorkingDays',
  'decreeNumber',
  'decreeDate',
] as const;
export type RegistryCsvColumn = (typeof registryCsvColumns)[number];
export type RegistryCsvRow = Record<RegistryCsvColumn, string>;

export const list = (value: string): string[] =>
  value
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * OWASP "CSV injection": a spreadsheet runs a cell that begins with = + - @ (or a tab or carriage return) as a
 * formula. The export prefixes such a cell with an apostrophe, which the spreadsheet shows as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The import reads its own export: the apostrophe the export added is taken off again. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function entryToCsvRow(entry: ServiceEntryDto): string[] {
  const row: RegistryCsvRow = {
    code: entry.code,
    status: entry.status,
    classifierCode: entry.classifier.code,
    nameKk: entry.name.kk,
    nameRu: entry.name.ru,
    descriptionKk: entry.description?.kk ?? '',
    descriptionRu: entry.description?.ru ?? '',
    recipientTypes: entry.recipientTypes.join(';'),
    ownerBin: entry.owner.bin ?? '',
    providerBins: entry.providers.map((p) => p.bin ?? '').join(';'),
    intakeBins: entry.intakeOrganizations.map((p) => p.bin ?? '').join(';'),
    intakeViaPortal: String(entry.intakeViaPortal),
    deliveryForm: entry.deliveryForm,
    channels: entry.channels.join(';'),
    paid: String(entry.paid),
    feeLegalBasisKk: entry.feeLegalBasis?.kk ?? '',
    feeLegalBasisRu: entry.feeLegalBasis?.ru ?? '',
    legalBasisKk: entry.legalBasis.kk,
    legalBasisRu: entry.legalBasis.ru,
    termWorkingDays: entry.termWorkingDays === null ? '' : String(entry.termWorkingDays),
    decreeNumber: entry.inclusion?.decreeNumber ?? '',
    decreeDate: entry.inclusion?.decreeDate ?? '',
  };
  return registryCsvColumns.map((column) => row[column]);
}
