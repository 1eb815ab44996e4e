import type { OrganizationKind } from '../organizations/organization.enums';
import type { OrganizationRefDto, ServiceEntryDto } from '../services/dto/service-entry-response.dto';
import type { Channel, DeliveryForm, RecipientType, ServiceStatus } from '../services/service-entry.enums';

/**
 * JSON-LD context of CPSV-AP 3 (SEMIC, releases/3.2.0/context/cpsv-ap_en.jsonld) with the Core Vocabularies
 * it reuses, and the registry's own terms in the `kzps:` namespace where CPSV-AP has none (the term in
 * working days).
 */
const cpsvContext = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  adms: 'http://www.w3.org/ns/adms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  org: 'http://www.w3.org/ns/org#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  eli: 'http://data.europa.eu/eli/ontology#',
  kzps: 'urn:kzps:vocab:',
  identifier: 'dct:identifier',
  name: 'dct:title',
  description: 'dct:description',
  type: { '@id': 'dct:type', '@type': '@id' },
  prefLabel: 'skos:prefLabel',
  inScheme: { '@id': 'skos:inScheme', '@type': '@id' },
  notation: 'skos:notation',
  status: { '@id': 'adms:status', '@type': '@id' },
  issued: { '@id': 'dct:issued', '@type': 'xsd:date' },
  isClassifiedBy: { '@id': 'cv:isClassifiedBy', '@type': '@id' },
  audience: { '@id': 'dct:audience', '@type': '@id' },
  hasCompetentAuthority: { '@id': 'cv:hasCompetentAuthority', '@type': '@id' },
  hasParticipation: { '@id': 'cv:hasParticipation', '@type': '@id' },
  hasParticipant: { '@id': 'cv:hasParticipant', '@type': '@id' },
  role: { '@id': 'cv:role', '@type': '@id' },
  spatial: { '@id': 'dct:spatial', '@type': '@id' },
  hasChannel: { '@id': 'cv:hasChannel', '@type': '@id' },
  ownedBy: { '@id': 'cv:ownedBy', '@type': '@id' },
  hasCost: { '@id': 'cv:hasCost', '@type': '@id' },
  hasValue: { '@id': 'cv:hasValue', '@type': 'xsd:double' },
  currency: { '@id': 'cv:currency', '@type': '@id' },
  produces: { '@id': 'cpsv:produces', '@type': '@id' },
  hasLegalResource: { '@id': 'cv:hasLegalResource', '@type': '@id' },
  legalTitle: 'eli:title',
  /**
   * Art. 6.2's term is counted in working days; `cv:processingTime` is an xsd:duration, which counts calendar
   * days, so the term stays in the registry's own property (a count of working days).
   */
  termWorkingDays: { '@id': 'kzps:termWorkingDays', '@type': 'xsd:nonNegativeInteger' },
} as const;

/** The EU currency authority table (publications.europa.eu). */
const TENGE = 'http://publications.europa.eu/resource/authority/currency/KZT';

/** ADMS status vocabulary, which CPSV-AP uses for a service's place in its lifecycle. */
const admsStatus: Record<ServiceStatus, string> = {
  draft: 'http://purl.org/adms/status/UnderDevelopment',
  included: 'http://purl.org/adms/status/Completed',
  amended: 'http://purl.org/adms/status/Completed',
  excluded: 'http://purl.org/adms/status/Withdrawn',
};

type Labels = readonly [kk: string, ru: string];

const channelTypes: Record<Channel, Labels> = {
  provider: ['Көрсетілетін қызметті берушіге тікелей', 'Непосредственно у поставщика'],
  psc: ['Халыққа қызмет көрсету орталығы', 'Центр обслуживания населения'],
  'specialised-psc': [
    'Мамандандырылған халыққа қызмет көрсету орталығы',
    'Специализированный центр обслуживания населения',
  ],
  'e-government-portal': ['«Электрондық үкімет» веб-порталы', 'Веб-портал «электронного правительства»'],
};

const recipientTypeLabels: Record<RecipientType, Labels> = {
  individual: ['Жеке тұлға', 'Физическое лицо'],
  'legal-entity': ['Заңды тұлға', 'Юридическое лицо'],
  'foreign-individual': ['Шетел азаматы', 'Иностранный гражданин'],
  'stateless-person': ['Азаматтығы жоқ адам', 'Лицо без гражданства'],
  'foreign-legal-entity': ['Шетелдік заңды тұлға', 'Иностранное юридическое лицо'],
};

const deliveryFormLabels: Record<DeliveryForm, Labels> = {
  paper: ['Қағаз түрінде', 'Бумажная'],
  electronic: ['Электрондық', 'Электронная'],
  'paper-and-electronic': ['Электрондық және қағаз түрінде', 'Электронная и бумажная'],
};

const participationRoles = {
  provider: ['Мемлекеттік қызметті тікелей көрсететін ұйым', 'Поставщик государственной услуги'],
  intake: [
    'Өтініштерді қабылдап, нәтижелерді беретін ұйым',
    'Организация, принимающая заявления и выдающая результаты',
  ],
} as const satisfies Record<string, Labels>;

/** Bodies of the state itself; a provider of any other kind is an organisation or, Art. 5.2.2, a person. */
const publicKinds: readonly OrganizationKind[] = [
  'central-state-body',
  'department',
  'territorial-body',
  'local-executive-body',
  'state-institution',
  'foreign-mission',
];

const lang = (kk: string, ru: string) => [
  { '@language': 'kk', '@value': kk },
  { '@language': 'ru', '@value': ru },
];

/** A concept of one of the registry's own schemes, with its labels, so the export explains itself. */
function concept(scheme: string, code: string, [kk, ru]: Labels) {
  return {
    '@id': `urn:kzps:concept:${scheme}:${code}`,
    '@type': 'skos:Concept',
    inScheme: `urn:kzps:concept-scheme:${scheme}`,
    notation: code,
    prefLabel: lang(kk, ru),
  };
}

function agentType(kind: OrganizationKind | null): string {
  if (kind !== null && publicKinds.includes(kind)) return 'cv:PublicOrganisation';
  return kind === 'individual-provider' || kind === null ? 'foaf:Agent' : 'org:Organization';
}

function organization(ref: OrganizationRefDto) {
  return {
    '@id': `urn:kzps:organization:${ref.id}`,
    '@type': agentType(ref.kind),
    // An individual provider has no BIN, and its IIN never leaves the registry.
    ...(ref.bin !== null ? { identifier: ref.bin } : {}),
    prefLabel: lang(ref.nameKk, ref.nameRu),
    ...(ref.regionKato !== null
      ? {
          spatial: {
            '@id': `urn:kzps:kato:${ref.regionKato}`,
            '@type': 'dct:Location',
            identifier: ref.regionKato,
          },
        }
      : {}),
  };
}

/** Art. 12: at the provider, at a PSC or a specialised PSC (run by the State Corporation), on the portal. */
function channelOwners(channel: Channel, entry: ServiceEntryDto): OrganizationRefDto[] {
  switch (channel) {
    case 'provider':
      return entry.providers;
    case 'psc':
      return entry.intakeOrganizations.filter((o) => o.kind === 'psc');
    case 'specialised-psc':
      return entry.intakeOrganizations.filter((o) => o.kind === 'specialised-psc' || o.kind === 'psc');
    case 'e-government-portal':
      return [];
  }
}

function participation(id: string, role: keyof typeof participationRoles, ref: OrganizationRefDto) {
  return {
    '@id': `${id}/participation/${role}/${ref.id}`,
    '@type': 'cv:Participation',
    role: concept('participation-role', role, participationRoles[role]),
    hasParticipant: organization(ref),
  };
}

/** One registry entry as a cpsv:PublicService (CPSV-AP 3), self-contained with its @context. */
export function toCpsv(entry: ServiceEntryDto): Record<string, unknown> {
  const id = `urn:kzps:service:${entry.id}`;
  return {
    '@context': cpsvContext,
    '@id': id,
    '@type': 'cpsv:PublicService',
    identifier: entry.code,
    name: lang(entry.name.kk, entry.name.ru),
    ...(entry.description ? { description: lang(entry.description.kk, entry.description.ru) } : {}),
    status: admsStatus[entry.status],
    ...(entry.inclusion ? { issued: entry.inclusion.effectiveDate } : {}),
    isClassifiedBy: {
      '@id': `urn:kzps:classifier:${entry.classifier.code}`,
      '@type': 'skos:Concept',
      notation: entry.classifier.code,
      prefLabel: lang(entry.classifier.nameKk, entry.classifier.nameRu),
    },
    // Art. 6.2 "recipients" are CPSV-AP's addressees (dct:audience), not requirements.
    audience: entry.recipientTypes.map((type) => concept('recipient-type', type, recipientTypeLabels[type])),
    // Art. 6.2: the owner develops and approves the standard, the competent authority in CPSV terms.
    hasCompetentAuthority: organization(entry.owner),
    hasParticipation: [
      ...entry.providers.map((provider) => participation(id, 'provider', provider)),
      ...entry.intakeOrganizations.map((intake) => participation(id, 'intake', intake)),
    ],
    hasChannel: entry.channels.map((channel) => {
      const owners = channelOwners(channel, entry);
      return {
        '@id': `${id}/channel/${channel}`,
        '@type': 'cv:Channel',
        type: concept('channel-type', channel, channelTypes[channel]),
        ...(owners.length > 0 ? { ownedBy: owners.map(organization) } : {}),
      };
    }),
    hasCost: [
      {
        '@id': `${id}/cost`,
        '@type': 'cv:Cost',
        currency: TENGE,
        // Art. 6.2: paid or free; a paid service's amount is set by the act named, not by the registry.
        ...(entry.paid
          ? { description: lang(entry.feeLegalBasis?.kk ?? '', entry.feeLegalBasis?.ru ?? '') }
          : { hasValue: 0, description: lang('Тегін', 'Бесплатно') }),
      },
    ],
    produces: [
      {
        '@id': `${id}/output`,
        '@type': 'cv:Output',
        name: lang(
          `«${entry.name.kk}» мемлекеттік көрсетілетін қызметінің нәтижесі`,
          `Результат государственной услуги «${entry.name.ru}»`,
        ),
        type: concept('delivery-form', entry.deliveryForm, deliveryFormLabels[entry.deliveryForm]),
      },
    ],
    hasLegalResource: [
      {
        '@id': `${id}/legal-basis`,
        '@type': 'eli:LegalResource',
        legalTitle: lang(entry.legalBasis.kk, entry.legalBasis.ru),
      },
    ],
    ...(entry.termWorkingDays !== null ? { termWorkingDays: entry.termWorkingDays } : {}),
  };
}

/** Entries as one JSON-LD document: the context once, every cpsv:PublicService in its @graph. */
export function cpsvGraphOf(entries: ServiceEntryDto[]): Record<string, unknown> {
  const graph = entries.map((entry) => {
    const { '@context': _context, ...node } = toCpsv(entry);
    return node;
  });
  return { '@context': cpsvContext, '@graph': graph };
}
