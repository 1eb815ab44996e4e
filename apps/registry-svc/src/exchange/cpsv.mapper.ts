import type { ServiceEntryDto, OrganizationRefDto } from '../services/dto/service-entry-response.dto';
import type { Channel } from '../services/service-entry.enums';

/** JSON-LD context of CPSV-AP 3 with the Core Vocabularies it reuses. */
export const cpsvContext = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  adms: 'http://www.w3.org/ns/adms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  eli: 'http://data.europa.eu/eli/ontology#',
  identifier: 'dct:identifier',
  name: 'dct:title',
  description: 'dct:description',
  prefLabel: 'skos:prefLabel',
  hasCompetentAuthority: { '@id': 'cv:hasCompetentAuthority', '@type': '@id' },
  hasChannel: { '@id': 'cv:hasChannel', '@type': '@id' },
  hasCost: { '@id': 'cv:hasCost', '@type': '@id' },
  produces: { '@id': 'cpsv:produces', '@type': '@id' },
  hasLegalResource: { '@id': 'cv:hasLegalResource', '@type': '@id' },
  isClassifiedBy: { '@id': 'cv:isClassifiedBy', '@type': '@id' },
  sector: 'cv:sector',
  ownedBy: { '@id': 'cv:ownedBy', '@type': '@id' },
  channelType: 'dct:type',
  value: 'cv:value',
  currency: 'cv:currency',
  processingTime: { '@id': 'cv:processingTime', '@type': 'xsd:duration' },
  status: 'adms:status',
  issued: { '@id': 'dct:issued', '@type': 'xsd:date' },
  audience: 'cv:hasRequirement',
} as const;

const channelLabels: Record<Channel, { kk: string; ru: string; type: string }> = {
  provider: {
    kk: 'Көрсетілетін қызметті берушіге тікелей',
    ru: 'Непосредственно у поставщика',
    type: 'assisted-service',
  },
  psc: {
    kk: 'Халыққа қызмет көрсету орталығы',
    ru: 'Центр обслуживания населения',
    type: 'assisted-service',
  },
  'specialised-psc': {
    kk: 'Мамандандырылған халыққа қызмет көрсету орталығы',
    ru: 'Специализированный центр обслуживания населения',
    type: 'assisted-service',
  },
  'e-government-portal': {
    kk: '«Электрондық үкімет» веб-порталы',
    ru: 'Веб-портал «электронного правительства»',
    type: 'website',
  },
};

const lang = (kk: string, ru: string) => [
  { '@language': 'kk', '@value': kk },
  { '@language': 'ru', '@value': ru },
];

function organization(ref: OrganizationRefDto) {
  return {
    '@id': `urn:kzps:organization:${ref.id}`,
    '@type': 'cv:PublicOrganisation',
    identifier: ref.bin,
    prefLabel: lang(ref.nameKk, ref.nameRu),
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
    status: entry.status,
    ...(entry.inclusion ? { issued: entry.inclusion.effectiveDate } : {}),
    isClassifiedBy: {
      '@id': `urn:kzps:classifier:${entry.classifier.code}`,
      '@type': 'skos:Concept',
      prefLabel: lang(entry.classifier.nameKk, entry.classifier.nameRu),
    },
    // Art. 6.2: the owner develops and approves the standard, the competent authority in CPSV terms.
    hasCompetentAuthority: organization(entry.owner),
    'cv:hasParticipation': entry.providers.map((provider) => ({
      '@type': 'cv:Participation',
      'cv:role': 'provider',
      'cv:hasParticipant': organization(provider),
    })),
    hasChannel: entry.channels.map((channel) => ({
      '@id': `${id}/channel/${channel}`,
      '@type': 'cv:Channel',
      channelType: channelLabels[channel].type,
      description: lang(channelLabels[channel].kk, channelLabels[channel].ru),
      ...(channel === 'psc' || channel === 'specialised-psc' || channel === 'provider'
        ? { ownedBy: entry.intakeOrganizations.map(organization) }
        : {}),
    })),
    hasCost: [
      {
        '@id': `${id}/cost`,
        '@type': 'cv:Cost',
        ...(entry.paid
          ? {
              description: lang(entry.feeLegalBasis?.kk ?? '', entry.feeLegalBasis?.ru ?? ''),
              currency: 'KZT',
            }
          : { value: 0, currency: 'KZT', description: lang('Тегін', 'Бесплатно') }),
      },
    ],
    produces: [
      {
        '@id': `${id}/output`,
        '@type': 'cv:Output',
        'dct:type': entry.deliveryForm,
        description: lang(entry.name.kk, entry.name.ru),
      },
    ],
    hasLegalResource: [
      {
        '@id': `${id}/legal-basis`,
        '@type': 'eli:LegalResource',
        name: lang(entry.legalBasis.kk, entry.legalBasis.ru),
      },
    ],
    ...(entry.termWorkingDays !== null ? { processingTime: `P${entry.termWorkingDays}D` } : {}),
    audience: entry.recipientTypes.map((type) => ({
      '@type': 'cv:Requirement',
      identifier: `recipient:${type}`,
    })),
  };
}
