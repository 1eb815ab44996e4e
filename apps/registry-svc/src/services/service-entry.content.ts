import type { Bilingual, FieldProblem } from '@kzps/platform';
import type { EntityManager } from 'typeorm';
import type { ServiceEntryDto } from './dto/service-entry-response.dto';
import type { DecreeDto, ServiceEntryChangesDto, ServiceEntryFieldsDto } from './dto/service-entry.dto';
import type { ServiceEntry, ServiceEntryContent } from './service-entry.entity';
import { DEFAULT_DECREE_KIND, type DecreeDetails } from './decree';
import { EntryReferences, toServiceEntryDto, type EntryHeader } from './service-entry.mapper';

export function contentFromFields(input: ServiceEntryFieldsDto): ServiceEntryContent {
  return {
    nameKk: input.name.kk.trim(),
    nameRu: input.name.ru.trim(),
    descriptionKk: input.description?.kk.trim() ?? null,
    descriptionRu: input.description?.ru.trim() ?? null,
    classifierCode: input.classifierCode,
    recipientTypes: [...input.recipientTypes],
    ownerId: input.ownerId,
    providerIds: [...input.providerIds],
    intakeOrganizationIds: [...input.intakeOrganizationIds],
    intakeViaPortal: input.intakeViaPortal,
    deliveryForm: input.deliveryForm,
    channels: [...input.channels],
    paid: input.paid,
    feeLegalBasisKk: input.feeLegalBasis?.kk.trim() ?? null,
    feeLegalBasisRu: input.feeLegalBasis?.ru.trim() ?? null,
    legalBasisKk: input.legalBasis.kk.trim(),
    legalBasisRu: input.legalBasis.ru.trim(),
    termWorkingDays: input.termWorkingDays ?? null,
  };
}

export function applyChanges(
  current: ServiceEntryContent,
  changes: ServiceEntryChangesDto,
): ServiceEntryContent {
  const next: ServiceEntryContent = { ...current };
  if (changes.name) Object.assign(next, { nameKk: changes.name.kk.trim(), nameRu: changes.name.ru.trim() });
  if (changes.description) {
    Object.assign(next, {
      descriptionKk: changes.description.kk.trim(),
      descriptionRu: changes.description.ru.trim(),
    });
  }
  if (changes.classifierCode !== undefined) next.classifierCode = changes.classifierCode;
  if (changes.recipientTypes) next.recipientTypes = [...changes.recipientTypes];
  if (changes.ownerId !== undefined) next.ownerId = changes.ownerId;
  if (changes.providerIds) next.providerIds = [...changes.providerIds];
  if (changes.intakeOrganizationIds) next.intakeOrganizationIds = [...changes.intakeOrganizationIds];
  if (changes.intakeViaPortal !== undefined) next.intakeViaPortal = changes.intakeViaPortal;
  if (changes.deliveryForm !== undefined) next.deliveryForm = changes.deliveryForm;
  if (changes.channels) next.channels = [...changes.channels];
  if (changes.paid !== undefined) {
    next.paid = changes.paid;
    // Art. 18: a free service has no fee basis; a paid one must name it (checked below).
    if (!changes.paid) Object.assign(next, { feeLegalBasisKk: null, feeLegalBasisRu: null });
  }
  if (changes.feeLegalBasis) {
    Object.assign(next, {
      feeLegalBasisKk: changes.feeLegalBasis.kk.trim(),
      feeLegalBasisRu: changes.feeLegalBasis.ru.trim(),
    });
  }
  if (changes.legalBasis) {
    Object.assign(next, {
      legalBasisKk: changes.legalBasis.kk.trim(),
      legalBasisRu: changes.legalBasis.ru.trim(),
    });
  }
  if (changes.termWorkingDays !== undefined) next.termWorkingDays = changes.termWorkingDays;
  return next;
}

/** The text the search vectors are built from, lower-cased here: JS knows ә ғ қ ң ө ұ ү һ і whatever the collation. */
export function searchTextOf(
  code: string,
  content: ServiceEntryContent,
): { searchNames: string; searchDetails: string } {
  return {
    searchNames: `${code} ${content.nameKk} ${content.nameRu}`.toLowerCase(),
    searchDetails: `${content.descriptionKk ?? ''} ${content.descriptionRu ?? ''}`.toLowerCase(),
  };
}

export function sameContent(a: ServiceEntryContent, b: ServiceEntryContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function headerOf(row: ServiceEntry): EntryHeader {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    version: row.version,
    inclusionDecreeKind: row.inclusionDecreeKind,
    inclusionDecreeNumber: row.inclusionDecreeNumber,
    inclusionDecreeDate: row.inclusionDecreeDate,
    includedAt: row.includedAt,
    excludedAt: row.excludedAt,
    updatedAt: row.updatedAt,
  };
}

export function contentOfRow(row: ServiceEntryContent): ServiceEntryContent {
  return {
    nameKk: row.nameKk,
    nameRu: row.nameRu,
    descriptionKk: row.descriptionKk,
    descriptionRu: row.descriptionRu,
    classifierCode: row.classifierCode,
    recipientTypes: row.recipientTypes,
    ownerId: row.ownerId,
    providerIds: row.providerIds,
    intakeOrganizationIds: row.intakeOrganizationIds,
    intakeViaPortal: row.intakeViaPortal,
    deliveryForm: row.deliveryForm,
    channels: row.channels,
    paid: row.paid,
    feeLegalBasisKk: row.feeLegalBasisKk,
    feeLegalBasisRu: row.feeLegalBasisRu,
    legalBasisKk: row.legalBasisKk,
    legalBasisRu: row.legalBasisRu,
    termWorkingDays: row.termWorkingDays,
  };
}

/** The entry as its row stands now, with the names of what it refers to. */
export async function entryDtoOf(manager: EntityManager, row: ServiceEntry): Promise<ServiceEntryDto> {
  const content = contentOfRow(row);
  return toServiceEntryDto(headerOf(row), content, await EntryReferences.load(manager, [content]));
}

export function decreeOf(input: DecreeDto): DecreeDetails {
  return {
    decreeKind: input.decreeKind ?? DEFAULT_DECREE_KIND,
    decreeNumber: input.decreeNumber.trim(),
    decreeDate: input.decreeDate,
    effectiveDate: input.effectiveDate ?? input.decreeDate,
  };
}

/** One rule across an entry's fields, its message in English for the log and in kk/ru for a person. */
function inconsistency(
  field: string,
  article: string,
  message: string,
  localizedMessage: Bilingual,
): FieldProblem {
  return { field, message: `${message} (Art. ${article})`, constraint: 'consistency', localizedMessage };
}

/**
 * Rules across fields, each with its article; the DTO checks each field alone. A person (the officer filling
 * the entry, the ministry reading an import report) reads them, so each comes in Kazakh and Russian too.
 */
export function consistencyProblems(content: ServiceEntryContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const electronic = content.deliveryForm !== 'paper';
  const viaPortal = content.channels.includes('e-government-portal');
  // Art. 6.2, 12, 15: electronic delivery goes through the e-government portal, paper delivery does not.
  if (electronic !== viaPortal) {
    problems.push(
      electronic
        ? inconsistency('channels', '6.2, 15', 'an electronic form needs the e-government-portal channel', {
            kk: 'Электрондық нысан «электрондық үкімет» веб-порталы арнасын талап етеді',
            ru: 'Электронная форма требует канала веб-портала «электронного правительства»',
          })
        : inconsistency(
            'channels',
            '6.2, 15',
            'a paper-only service cannot have the e-government-portal channel',
            {
              kk: 'Тек қағаз нысанындағы қызметте «электрондық үкімет» веб-порталы арнасы болмайды',
              ru: 'У услуги только в бумажной форме не может быть канала веб-портала «электронного правительства»',
            },
          ),
    );
  }
  if (content.intakeViaPortal && !viaPortal)
    problems.push(
      inconsistency('intakeViaPortal', '6.2', 'intake via the portal needs the e-government-portal channel', {
        kk: 'Өтінішті портал арқылы қабылдау «электрондық үкімет» веб-порталы арнасын талап етеді',
        ru: 'Приём заявлений через портал требует канала веб-портала «электронного правительства»',
      }),
    );
  // Art. 6.2: who accepts applications, or the portal for the electronic form.
  if (content.intakeOrganizationIds.length === 0 && !content.intakeViaPortal) {
    problems.push(
      inconsistency(
        'intakeOrganizationIds',
        '6.2',
        'name the organisations that accept applications, or the e-government portal',
        {
          kk: 'Өтініштерді қабылдайтын ұйымдарды немесе «электрондық үкімет» веб-порталын көрсетіңіз',
          ru: 'Укажите организации, принимающие заявления, или веб-портал «электронного правительства»',
        },
      ),
    );
  }
  // Art. 18: a fee only where a legislative act sets it.
  if (content.paid && (content.feeLegalBasisKk === null || content.feeLegalBasisRu === null)) {
    problems.push(
      inconsistency('feeLegalBasis', '18', 'a paid service needs the legal basis of its fee', {
        kk: 'Ақылы қызмет үшін төлемнің құқықтық негізін көрсетіңіз',
        ru: 'Для платной услуги укажите правовое основание платы',
      }),
    );
  }
  if (!content.paid && (content.feeLegalBasisKk !== null || content.feeLegalBasisRu !== null)) {
    problems.push(
      inconsistency('feeLegalBasis', '18', 'a free service has no fee basis', {
        kk: 'Тегін қызметте төлемнің негізі болмайды',
        ru: 'У бесплатной услуги нет основания платы',
      }),
    );
  }
  return problems;
}
