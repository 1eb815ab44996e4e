import type { OrganizationRefDto, ServiceEntryDto } from '../services/dto/service-entry-response.dto';

/**
 * The columns of the registry CSV; lists are separated by ";". Organisations are named by BIN, and one that
 * has none (an individual provider, Art. 5.2.2, identified by an IIN) by its id in the directory: the IIN is
 * personal data and never leaves the registry whole.
 */
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
  'decreeKind',
] as const;
export type RegistryCsvColumn = (typeof registryCsvColumns)[number];

/** Columns added since the first files were written: a file without them imports, read as empty. */
export const laterCsvColumns: readonly RegistryCsvColumn[] = ['decreeKind'];

/** The id in the directory that stands for an organisation without a BIN. */
const ORGANIZATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How a cell names an organisation: by BIN, or by id when it has no BIN. */
export type OrganizationName = { bin: string } | { id: string };

export function organizationNameOf(cell: string): OrganizationName {
  return ORGANIZATION_ID.test(cell) ? { id: cell.toLowerCase() } : { bin: cell };
}

function organizationCell(organization: OrganizationRefDto): string {
  return organization.bin ?? organization.id;
}
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

/** The entry as a row of the file, its cells neutralised against formula injection. */
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
    ownerBin: entry.owner ? organizationCell(entry.owner) : '',
    providerBins: entry.providers.map(organizationCell).join(';'),
    intakeBins: entry.intakeOrganizations.map(organizationCell).join(';'),
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
    decreeKind: entry.inclusion?.kind ?? '',
  };
  return registryCsvColumns.map((column) => neutraliseFormula(row[column]));
}
