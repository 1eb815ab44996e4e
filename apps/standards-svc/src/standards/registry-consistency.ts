import { localizedDetailOf, type Bilingual, type FieldProblem } from '@kzps/platform';
import { In, type EntityManager } from 'typeorm';
import { OrganizationRef } from '../read-model/organization-ref.entity';
import { deliveryFormFromChannels } from '../read-model/registry-vocabulary';
import type { DeliveryForm, ServiceRef } from '../read-model/service-ref.entity';
import { channelWords } from './channel-words';
import type { Channel, StandardContent } from './standard-content';
import { standardsError, StandardsErrorCode } from './standards.errors';

/** What the registry holds for the service (Art. 6.2) that a standard must repeat (Art. 8, 18). */
export interface RegistryFacts {
  ownerId: string | null;
  /** The service's providers, each with its name where the registry published the organisation. */
  providers: Array<{ id: string; name: Bilingual | null }>;
  channels: Channel[];
  deliveryForm: DeliveryForm;
  paid: boolean;
}

export type RegistryItem = 'owner' | 'providers' | 'fee' | 'channels' | 'deliveryForm' | 'documents';

/** One way the draft disagrees with the registry entry of its service. */
export interface RegistryMismatch {
  item: RegistryItem;
  /** The articles the two texts must agree under. */
  article: string;
  /** Where in the draft: `owner.organizationId`, `providers[1].name`, `fee.free`, `channels`. */
  path: string;
  /** What the draft says. */
  value: unknown;
  /** What the registry has. */
  registry: unknown;
  /** The difference for a person to read. */
  message: Bilingual;
}

const formWords: Record<DeliveryForm, Bilingual> = {
  paper: { kk: 'қағаз', ru: 'бумажная' },
  electronic: { kk: 'электрондық', ru: 'электронная' },
  both: { kk: 'қағаз және электрондық', ru: 'бумажная и электронная' },
};

const normalised = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('ru');

/** A provider named without an id is the registry's provider whose name it gives, in either language. */
function providerNamed(facts: RegistryFacts, name: Bilingual): string | undefined {
  const wanted = [normalised(name.kk), normalised(name.ru)];
  return facts.providers.find(
    (p) =>
      p.name !== null && (wanted.includes(normalised(p.name.kk)) || wanted.includes(normalised(p.name.ru))),
  )?.id;
}

function providerMismatches(content: StandardContent, facts: RegistryFacts): RegistryMismatch[] {
  if (!content.providers) return [];
  const out: RegistryMismatch[] = [];
  const registryIds = facts.providers.map((p) => p.id);
  const named = new Set<string>();
  content.providers.forEach((provider, index) => {
    if (provider.organizationId) {
      if (registryIds.includes(provider.organizationId)) named.add(provider.organizationId);
      else
        out.push({
          item: 'providers',
          article: '6.2, 8.1',
          path: `providers[${index}].organizationId`,
          value: provider.organizationId,
          registry: registryIds,
          message: {
            kk: `${provider.name.kk} тізілімде осы қызметті көрсетушілердің қатарында жоқ`,
            ru: `${provider.name.ru} не значится в реестре среди поставщиков этой услуги`,
          },
        });
      return;
    }
    const id = providerNamed(facts, provider.name);
    if (id) named.add(id);
    else
      out.push({
        item: 'providers',
        article: '6.2, 8.1',
        path: `providers[${index}].name`,
        value: provider.name,
        registry: registryIds,
        message: {
          kk: `«${provider.name.kk}» атауымен көрсетуші тізілімде осы қызмет үшін жоқ`,
          ru: `Поставщика с наименованием «${provider.name.ru}» нет в реестре для этой услуги`,
        },
      });
  });
  for (const provider of facts.providers.filter((p) => !named.has(p.id)))
    out.push({
      item: 'providers',
      article: '6.2, 8.1',
      path: 'providers',
      value: null,
      registry: provider.id,
      message: {
        kk: `Тізілімдегі көрсетуші ${provider.name?.kk ?? provider.id} стандартта аталмаған`,
        ru: `Поставщик из реестра ${provider.name?.ru ?? provider.id} не назван в стандарте`,
      },
    });
  return out;
}

function feeMismatches(content: StandardContent, facts: RegistryFacts): RegistryMismatch[] {
  const fee = content.fee;
  if (!fee || fee.free === !facts.paid) return [];
  return [
    fee.free
      ? {
          item: 'fee',
          article: '6.2, 8.6',
          path: 'fee.free',
          value: true,
          registry: { paid: true },
          message: {
            kk: 'Тізілімде қызмет ақылы, ал стандартта тегін',
            ru: 'В реестре услуга платная, а в стандарте бесплатная',
          },
        }
      : {
          item: 'fee',
          article: '6.2, 8.6, 18.2',
          path: 'fee.free',
          value: false,
          registry: { paid: false },
          message: {
            kk: `Тізілімде қызмет тегін, ал стандартта ${fee.amountKzt ?? '?'} теңге төлем белгіленген`,
            ru: `В реестре услуга бесплатная, а стандарт устанавливает плату ${fee.amountKzt ?? '?'} тенге`,
          },
        },
  ];
}

const portalMissing = (path: string, value: unknown, facts: RegistryFacts): RegistryMismatch => ({
  item: path === 'channels' ? 'channels' : 'documents',
  article: '6.2, 15',
  path,
  value,
  registry: facts.channels,
  message: {
    kk: 'Электрондық нысан тізілім жазбасында «электрондық үкімет» веб-порталы көрсетілуін талап етеді',
    ru: 'Электронная форма требует указания веб-портала «электронного правительства» в записи реестра',
  },
});

function channelMismatches(content: StandardContent, facts: RegistryFacts): RegistryMismatch[] {
  const out: RegistryMismatch[] = [];
  const channels = content.channels;
  if (channels) {
    for (const channel of channels.filter((c) => !facts.channels.includes(c)))
      out.push(
        channel === 'electronic'
          ? portalMissing('channels', channel, facts)
          : {
              item: 'channels',
              article: '6.2, 12',
              path: 'channels',
              value: channel,
              registry: facts.channels,
              message: {
                kk: `Стандарттағы арна (${channelWords[channel].kk}) тізілімде жоқ`,
                ru: `Канала из стандарта (${channelWords[channel].ru}) нет в реестре`,
              },
            },
      );
    for (const channel of facts.channels.filter((c) => !channels.includes(c)))
      out.push({
        item: 'channels',
        article: '6.2, 12',
        path: 'channels',
        value: null,
        registry: channel,
        message: {
          kk: `Тізілімдегі арна (${channelWords[channel].kk}) стандартта жоқ`,
          ru: `Канала из реестра (${channelWords[channel].ru}) нет в стандарте`,
        },
      });
    const form = deliveryFormFromChannels(channels);
    if (channels.length > 0 && form !== facts.deliveryForm)
      out.push({
        item: 'deliveryForm',
        article: '6.2, 15',
        path: 'channels',
        value: form,
        registry: facts.deliveryForm,
        message: {
          kk: `Көрсету нысаны: тізілімде ${formWords[facts.deliveryForm].kk}, стандартта ${formWords[form].kk}`,
          ru: `Форма оказания: в реестре ${formWords[facts.deliveryForm].ru}, в стандарте ${formWords[form].ru}`,
        },
      });
  }
  // A document rule for a channel the service does not have describes delivery the registry does not know.
  const known = channels ?? facts.channels;
  (content.documents ?? []).forEach((document, d) =>
    (document.perChannel ?? []).forEach((rule, r) => {
      if (known.includes(rule.channel) && facts.channels.includes(rule.channel)) return;
      const path = `documents[${d}].perChannel[${r}].channel`;
      out.push(
        rule.channel === 'electronic'
          ? portalMissing(path, rule.channel, facts)
          : {
              item: 'documents',
              article: '6.2, 8.7',
              path,
              value: rule.channel,
              registry: facts.channels,
              message: {
                kk: `Құжат ережесі қызметте жоқ арнаға (${channelWords[rule.channel].kk}) арналған`,
                ru: `Правило документа относится к каналу, которого у услуги нет (${channelWords[rule.channel].ru})`,
              },
            },
      );
    }),
  );
  return out;
}

/**
 * Every way a draft disagrees with the registry entry of its service: the owner and providers (by id, or
 * by the registry's name when the draft gives none), paid or free, the channels and the form of delivery
 * they make. The standard in force is what applications-svc delivers by, so none of it may differ.
 */
export function registryMismatches(content: StandardContent, facts: RegistryFacts): RegistryMismatch[] {
  const owner: RegistryMismatch[] =
    content.owner && facts.ownerId && content.owner.organizationId !== facts.ownerId
      ? [
          {
            item: 'owner',
            article: '6.2, 8.2',
            path: 'owner.organizationId',
            value: content.owner.organizationId,
            registry: facts.ownerId,
            message: {
              kk: `${content.owner.name.kk} тізілімде осы қызметтің стандартын бекітетін орган емес`,
              ru: `${content.owner.name.ru} не является по реестру органом, утверждающим стандарт этой услуги`,
            },
          },
        ]
      : [];
  return [
    ...owner,
    ...providerMismatches(content, facts),
    ...feeMismatches(content, facts),
    ...channelMismatches(content, facts),
  ];
}

/** The registry's facts of a service, with its providers' names from the local copy of the organisations. */
export async function registryFactsOf(manager: EntityManager, service: ServiceRef): Promise<RegistryFacts> {
  const organizations = service.providerIds.length
    ? await manager.find(OrganizationRef, { where: { id: In(service.providerIds) } })
    : [];
  return {
    ownerId: service.ownerId,
    providers: service.providerIds.map((id) => ({
      id,
      name: organizations.find((o) => o.id === id)?.name ?? null,
    })),
    channels: service.channels,
    deliveryForm: service.deliveryForm,
    paid: service.paid,
  };
}

/** One problem listing every difference: `errors[]` by path (each in kk and ru too), `mismatches` in full. */
export function assertAgreesWithRegistry(content: StandardContent, facts: RegistryFacts): void {
  const mismatches = registryMismatches(content, facts);
  if (mismatches.length === 0) return;
  const errors: FieldProblem[] = mismatches.map((m) => ({
    field: `content.${m.path}`,
    message: `${m.path} disagrees with the registry entry of the service (Art. ${m.article})`,
    constraint: 'registry',
    localizedMessage: m.message,
  }));
  throw standardsError(
    StandardsErrorCode.ContentDisagreesWithRegistry,
    mismatches.map((m) => `${m.path} (Art. ${m.article})`).join('; '),
    {
      errors,
      mismatches,
      localizedDetail: localizedDetailOf(errors),
    },
  );
}
