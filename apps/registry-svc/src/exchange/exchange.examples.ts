import { bilingual, toCsv } from '@kzps/platform';
import {
  DEMO_ACT,
  demoClassifier,
  demoEntryFields,
  demoOrganizationId,
  demoOrganizations,
  demoServiceId,
  demoServices,
  type DemoService,
} from '../seed/demo-data';
import { paternityDraft } from '../services/service-entry.examples';
import type { ServiceEntryDto } from '../services/dto/service-entry-response.dto';
import { contentFromFields } from '../services/service-entry.content';
import { EntryReferences, startOfAlmatyDay, toServiceEntryDto } from '../services/service-entry.mapper';
import { cpsvGraphOf, toCpsv } from './cpsv.mapper';
import type { ImportJobDto } from './dto/import-job.dto';
import { entryToCsvRow, registryCsvColumns } from './registry-csv';

/*
 * The examples of the exports and the import, made by the same mappers from an entry of the demo registry
 * (01.01-001, the registration of a birth, as the embedded run seeds it), so they cannot drift from the format.
 */

const demoReferences = EntryReferences.of(
  demoOrganizations.map((organization) => ({
    id: demoOrganizationId(organization.key),
    bin: organization.bin,
    nameKk: organization.nameKk,
    nameRu: organization.nameRu,
    kind: organization.kind,
    regionKato: organization.regionKato ?? null,
  })),
  demoClassifier,
);

function demoEntry(service: DemoService): ServiceEntryDto {
  return toServiceEntryDto(
    {
      id: demoServiceId(service.code),
      code: service.code,
      status: 'included',
      version: 2,
      inclusionDecreeKind: DEMO_ACT.decreeKind,
      inclusionDecreeNumber: DEMO_ACT.decreeNumber,
      inclusionDecreeDate: DEMO_ACT.decreeDate,
      includedAt: startOfAlmatyDay(DEMO_ACT.effectiveDate),
      excludedAt: null,
      updatedAt: new Date('2025-11-20T04:00:00.000Z'),
    },
    contentFromFields(demoEntryFields(service, demoOrganizationId)),
    demoReferences,
  );
}

const birthRegistration = demoServices.find((service) => service.code === '01.01-001');
if (!birthRegistration) throw new Error('the demo registry has no 01.01-001');

/** 01.01-001 as the registry answers it. */
export const exampleEntry: ServiceEntryDto = demoEntry(birthRegistration);

/** The CSV export of that entry: the header and its row. */
export const exampleCsvExport = toCsv(registryCsvColumns, [entryToCsvRow(exampleEntry)]);

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
  }),
]);

/** The entry as CPSV-AP 3 JSON-LD, and the export of the registry as one graph. */
export const exampleCpsv = toCpsv(exampleEntry);
export const exampleCpsvGraph = cpsvGraphOf([exampleEntry]);

/** A job that imported the example file: an import's id is made per database, so no database has this one. */
export const exampleImportJob: ImportJobDto = {
  id: '0b7e6f52-3c1d-4a8e-9f20-5d6c7b8a9e01',
  status: 'imported',
  rows: 1,
  done: 1,
  report: { status: 'imported', rows: 1, imported: 1, included: 0, errors: [] },
  createdAt: '2026-03-02T05:00:00.000Z',
  startedAt: '2026-03-02T05:00:00.120Z',
  finishedAt: '2026-03-02T05:00:00.480Z',
};
