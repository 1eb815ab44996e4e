import { bilingual } from '../common/bilingual.dto';
import {
  acts,
  DEMO_ACT,
  demoClassifier,
  demoOrganizationId,
  demoOrganizations,
  demoServiceId,
  demoServices,
  type DemoService,
} from '../seed/demo-data';
import { decreeTitle } from '../services/decree';
import { paternityDraft } from '../services/service-entry.examples';
import type { OrganizationRefDto, ServiceEntryDto } from '../services/dto/service-entry-response.dto';
import { almatyDateTime, startOfAlmatyDay } from '../services/service-entry.mapper';
import { cpsvGraphOf, toCpsv } from './cpsv.mapper';
import { toCsv } from './csv';
import { entryToCsvRow, neutraliseFormula, registryCsvColumns } from './registry-csv';

/*
 * The examples of the exports and the import, made by the same mappers from an entry of the demo registry
 * (01.01-001, the registration of a birth, as the embedded run seeds it), so they cannot drift from the format.
 */

function organizationRef(key: string): OrganizationRefDto {
  const organization = demoOrganizations.find((candidate) => candidate.key === key);
  if (!organization) throw new Error(`no demo organisation ${key}`);
  return {
    id: demoOrganizationId(key),
    bin: organization.bin,
    nameKk: organization.nameKk,
    nameRu: organization.nameRu,
    kind: organization.kind,
    regionKato: organization.regionKato ?? null,
  };
}

function demoEntry(service: DemoService): ServiceEntryDto {
  const classifier = demoClassifier.find((node) => node.code === service.classifierCode);
  const [basisKk, basisRu] = acts[service.basis];
  const fee = service.fee ? acts[service.fee] : undefined;
  const includedAt = almatyDateTime(startOfAlmatyDay(DEMO_ACT.effectiveDate));
  return {
    id: demoServiceId(service.code),
    code: service.code,
    status: 'included',
    version: 2,
    name: bilingual(service.nameKk, service.nameRu),
    description:
      service.descriptionKk && service.descriptionRu
        ? bilingual(service.descriptionKk, service.descriptionRu)
        : null,
    classifier: {
      code: service.classifierCode,
      nameKk: classifier?.nameKk ?? '',
      nameRu: classifier?.nameRu ?? '',
    },
    recipientTypes: [...service.recipientTypes],
    owner: organizationRef(service.owner),
    providers: service.providers.map(organizationRef),
    intakeOrganizations: service.intake.map(organizationRef),
    intakeViaPortal: service.intakeViaPortal,
    deliveryForm: service.deliveryForm,
    channels: [...service.channels],
    paid: fee !== undefined,
    feeLegalBasis: fee ? bilingual(fee[0], fee[1]) : null,
    legalBasis: bilingual(basisKk, basisRu),
    termWorkingDays: service.termWorkingDays ?? null,
    inclusion: {
      kind: DEMO_ACT.decreeKind,
      title: decreeTitle(DEMO_ACT.decreeKind, DEMO_ACT.decreeNumber, DEMO_ACT.decreeDate),
      decreeNumber: DEMO_ACT.decreeNumber,
      decreeDate: DEMO_ACT.decreeDate,
      effectiveDate: DEMO_ACT.effectiveDate,
    },
    includedAt,
    excludedAt: null,
    updatedAt: '2025-11-20T04:00:00.000Z',
  };
}

const birthRegistration = demoServices.find((service) => service.code === '01.01-001');
if (!birthRegistration) throw new Error('the demo registry has no 01.01-001');

/** 01.01-001 as the registry answers it. */
export const exampleEntry: ServiceEntryDto = demoEntry(birthRegistration);

/** The CSV export of that entry: the header and its row. */
export const exampleCsvExport = toCsv(registryCsvColumns, [
  entryToCsvRow(exampleEntry).map(neutraliseFormula),
]);

/** A file to import: the draft of the registration of paternity, organisations by BIN, the code left empty. */
export const exampleCsvImport = toCsv(registryCsvColumns, [
  entryToCsvRow({
    ...exampleEntry,
    code: '',
    status: 'draft',
    name: bilingual(paternityDraft.name.kk, paternityDraft.name.ru),
    description: bilingual(paternityDraft.description.kk, paternityDraft.description.ru),
    providers: exampleEntry.providers.slice(0, 2),
    intakeOrganizations: exampleEntry.intakeOrganizations.slice(0, 1),
    inclusion: null,
  }).map(neutraliseFormula),
]);

/** The entry as CPSV-AP 3 JSON-LD, and the export of the registry as one graph. */
export const exampleCpsv = toCpsv(exampleEntry);
export const exampleCpsvGraph = cpsvGraphOf([exampleEntry]);
