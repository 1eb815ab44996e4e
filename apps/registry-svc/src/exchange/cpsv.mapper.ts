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

type Labels = readonly [kk: string, ru: string];

/** The tenge in the EU currency authority table; CPSV-AP wants the currency as a skos:Concept. */
const tenge = {
  '@id': 'http://publications.europa.eu/resource/authority/currency/KZT',
  '@type': 'skos:Concept',
  inScheme: 'http://publications.europa.eu/resource/authority/currency',
  notation: 'KZT',
};

/**
 * A public body with no KATO code (a foreign mission: its seat is abroad, outside KATO) covers the Republic of
 * Kazakhstan as a whole, named by the EU country authority table.
 */
const kazakhstan = {
  '@id': 'http://publications.europa.eu/resource/authority/country/KAZ',
  '@type': 'dct:Location',
  identifier: 'KAZ',
};

/** ADMS status vocabulary, which CPSV-AP uses for a service's place in its lifecycle (a skos:Concept). */
const admsStatuses = {
  UnderDevelopment: ['Әзірленуде', 'В разработке'],
  Completed: ['Қолданыста', 'Действует'],
  Withdrawn: ['Алып тасталды', 'Исключена'],
} as const satisfies Record<string, Labels>;

const admsStatusOf: Record<ServiceStatus, keyof typeof admsStatuses> = {
  draft: 'UnderDevelopment',
  included: 'Completed',
  amended: 'Completed',
  excluded: 'Withdrawn',
};

function admsStatus(status: ServiceStatus) {
  const code = admsStatusOf[status];
  const [kk, ru] = admsStatuses[code];
  return {
    '@id': `http://purl.org/adms/status/${code}`,
    '@type': 'skos:Concept',
    inScheme: 'http://purl.org/adms/status/1.0',
    prefLabel: lang(kk, ru),
  };
}

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

function lang(kk: string, ru: string) {
  return [
    { '@language': 'kk', '@value': kk },
    { '@language': 'ru', '@value': ru },
  ];
}

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

const isPublic = (ref: OrganizationRefDto) => ref.kind !== null && publicKinds.includes(ref.kind);
/** An individual provider (Art. 5.2.2) is a person, so an agent but no organisation. */
const isOrganisation = (ref: OrganizationRefDto) => ref.kind !== null && ref.kind !== 'individual-provider';

/**
 * Every class the agent belongs to, spelled out: SHACL checks a class by the types in the data (no inference),
 * and CPSV-AP wants a participant to be a foaf:Agent and a channel's owner an org:Organization.
 */
function agentTypes(ref: OrganizationRefDto): string[] {
  if (isPublic(ref)) return ['cv:PublicOrganisation', 'org:Organization', 'foaf:Agent'];
  return isOrganisation(ref) ? ['org:Organization', 'foaf:Agent'] : ['foaf:Agent'];
}

/** Its territory as a dct:Location: `urn:kzps:kato:<9-digit KATO code>`. */
function territoryOf(ref: OrganizationRefDto) {
  if (ref.regionKato !== null) {
    return { '@id': `urn:kzps:kato:${ref.regionKato}`, '@type': 'dct:Location', identifier: ref.regionKato };
  }
  return isPublic(ref) ? kazakhstan : null;
}

function organization(ref: OrganizationRefDto) {
  const spatial = territoryOf(ref);
  return {
    '@id': `urn:kzps:organization:${ref.id}`,
    '@type': agentTypes(ref),
    // An individual provider has no BIN, and its IIN never leaves the registry: it goes by its registry id.
    identifier: ref.bin ?? ref.id,
    // CPSV-AP names an agent by dct:title; skos:prefLabel stays for the consumers that read it.
    name: lang(ref.nameKk, ref.nameRu),
    prefLabel: lang(ref.nameKk, ref.nameRu),
    ...(spatial !== null ? { spatial } : {}),
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

/**
 * The parts of a service (participation, channel, cost, output) are named after the entry's registry code,
 * which every version of the entry keeps: `<code>/channel/psc`, `<code>/cost`.
 */
const partOf = (entry: ServiceEntryDto, part: string) => ({
  '@id': `urn:kzps:service:${entry.id}/${part}`,
  identifier: `${entry.code}/${part}`,
});

function participation(
  entry: ServiceEntryDto,
  role: keyof typeof participationRoles,
  ref: OrganizationRefDto,
) {
  const [roleKk, roleRu] = participationRoles[role];
  return {
    ...partOf(entry, `participation/${role}/${ref.id}`),
    '@type': 'cv:Participation',
    // Composed from the role and the organisation's name, nothing else.
    description: lang(`${roleKk}: ${ref.nameKk}`, `${roleRu}: ${ref.nameRu}`),
    role: concept('participation-role', role, participationRoles[role]),
    hasParticipant: organization(ref),
  };
}

const joinLabels = (labels: readonly Labels[]): Labels => [
  labels.map(([kk]) => kk).join(', '),
  labels.map(([, ru]) => ru).join(', '),
];

/**
 * CPSV-AP requires a description. An entry without one gets a description composed only of what the entry
 * itself says (recipients, delivery form, paid or free, term), so the export invents nothing.
 */
function descriptionOf(entry: ServiceEntryDto): Labels {
  if (entry.description) return [entry.description.kk, entry.description.ru];
  const [recipientsKk, recipientsRu] = joinLabels(
    entry.recipientTypes.map((type) => recipientTypeLabels[type]),
  );
  const [formKk, formRu] = deliveryFormLabels[entry.deliveryForm];
  const term = entry.termWorkingDays;
  return [
    [
      `«${entry.name.kk}» мемлекеттік көрсетілетін қызметі.`,
      `Алушылар: ${recipientsKk}.`,
      `Көрсету нысаны: ${formKk.toLowerCase()}.`,
      entry.paid ? 'Ақылы.' : 'Тегін.',
      ...(term !== null ? [`Көрсету мерзімі (жұмыс күндері): ${term}.`] : []),
    ].join(' '),
    [
      `Государственная услуга «${entry.name.ru}».`,
      `Получатели: ${recipientsRu}.`,
      `Форма оказания: ${formRu.toLowerCase()}.`,
      entry.paid ? 'Платная.' : 'Бесплатная.',
      ...(term !== null ? [`Срок оказания (рабочих дней): ${term}.`] : []),
    ].join(' '),
  ];
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
    description: lang(...descriptionOf(entry)),
    status: admsStatus(entry.status),
    ...(entry.inclusion ? { issued: entry.inclusion.effectiveDate } : {}),
    isClassifiedBy: {
      '@id': `urn:kzps:classifier:${entry.classifier.code}`,
      '@type': 'skos:Concept',
      notation: entry.classifier.code,
      prefLabel: lang(entry.classifier.nameKk, entry.classifier.nameRu),
    },
    // Art. 6.2 "recipients" are CPSV-AP's addressees (dct:audience), not requirements.
    audience: entry.recipientTypes.map((type) => concept('recipient-type', type, recipientTypeLabels[type])),
    // Art. 6.2: the owner develops and approves the standard, the competent authority in CPSV terms. An
    // entry whose central body is still to be named (D25) has none, and the shapes flag it until one is.
    ...(entry.owner ? { hasCompetentAuthority: organization(entry.owner) } : {}),
    hasParticipation: [
      ...entry.providers.map((provider) => participation(entry, 'provider', provider)),
      ...entry.intakeOrganizations.map((intake) => participation(entry, 'intake', intake)),
    ],
    hasChannel: entry.channels.map((channel) => {
      // CPSV-AP: a channel is owned by an organisation; an individual provider's own channel names no owner.
      const owners = channelOwners(channel, entry).filter(isOrganisation);
      return {
        ...partOf(entry, `channel/${channel}`),
        '@type': 'cv:Channel',
        type: concept('channel-type', channel, channelTypes[channel]),
        ...(owners.length > 0 ? { ownedBy: owners.map(organization) } : {}),
      };
    }),
    hasCost: [
      {
        ...partOf(entry, 'cost'),
        '@type': 'cv:Cost',
        currency: tenge,
        // Art. 6.2: paid or free; a paid service's amount is set by the act named, not by the registry.
        ...(entry.paid
          ? { description: lang(entry.feeLegalBasis?.kk ?? 'Ақылы', entry.feeLegalBasis?.ru ?? 'Платно') }
          : { hasValue: 0, description: lang('Тегін', 'Бесплатно') }),
      },
    ],
    produces: [
      {
        ...partOf(entry, 'output'),
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
