import { toCpsv } from './cpsv.mapper';
import { exampleEntry } from './exchange.examples';

type Node = Record<string, unknown>;

describe('CPSV-AP mapper', () => {
  it('composes a missing description only from the entry’s own fields (CPSV-AP requires one)', () => {
    const doc = toCpsv({ ...exampleEntry, description: null, paid: false, termWorkingDays: 1 });
    const [kk, ru] = doc.description as Array<{ '@language': string; '@value': string }>;
    expect(kk?.['@language']).toBe('kk');
    expect(ru).toEqual({
      '@language': 'ru',
      '@value':
        `Государственная услуга «${exampleEntry.name.ru}». ` +
        'Получатели: Физическое лицо, Иностранный гражданин, Лицо без гражданства. ' +
        'Форма оказания: электронная и бумажная. Бесплатная. Срок оказания (рабочих дней): 1.',
    });
  });

  it('keeps the description the registry has', () => {
    const doc = toCpsv(exampleEntry);
    expect(doc.description).toEqual([
      { '@language': 'kk', '@value': exampleEntry.description?.kk },
      { '@language': 'ru', '@value': exampleEntry.description?.ru },
    ]);
  });

  it('names no individual provider as a channel owner: CPSV-AP wants an org:Organization', () => {
    const [provider] = exampleEntry.providers;
    if (!provider) throw new Error('the example has a provider');
    const person = {
      ...provider,
      id: 'person',
      bin: null,
      kind: 'individual-provider' as const,
      regionKato: null,
    };
    const doc = toCpsv({ ...exampleEntry, providers: [person], channels: ['provider'] });
    const [channel] = doc.hasChannel as Node[];
    expect(channel).toMatchObject({ identifier: `${exampleEntry.code}/channel/provider` });
    expect(channel).not.toHaveProperty('ownedBy');
    const [participation] = doc.hasParticipation as Node[];
    expect(participation?.hasParticipant).toMatchObject({ '@type': ['foaf:Agent'], identifier: 'person' });
  });
});
