import { deliveryChannels, deliveryForms, serviceChannels, type ServiceEntryV1 } from '@kzps/contracts';
import {
  channelOfDeliveryChannel,
  channelOfServiceChannel,
  channelsOfEntry,
  deliveryFormFromChannels,
  deliveryFormOfEntry,
  deliveryFormOfRegistry,
} from './registry-vocabulary';

/** A v1 entry as registry-svc sent it before the rest of Art. 6.2 was added to the contract. */
const olderEntry: ServiceEntryV1 = {
  serviceId: 'svc-1',
  code: '01.01-001',
  nameKk: 'Анықтама беру',
  nameRu: 'Выдача справки',
  providerOrganizationIds: ['org-1'],
  channels: ['state-corporation', 'e-government-portal'],
  paid: false,
};

describe('the registry in this service’s words', () => {
  it('knows every channel of Art. 12 the registry publishes, a specialised PSC included', () => {
    expect(deliveryChannels.map(channelOfDeliveryChannel)).toEqual([
      'provider',
      'psc',
      'specialised_psc',
      'electronic',
    ]);
    expect(serviceChannels.map(channelOfServiceChannel)).toEqual(['provider', 'psc', 'electronic']);
  });

  it('knows every form of delivery the registry publishes (Art. 6.2)', () => {
    expect(deliveryForms.map(deliveryFormOfRegistry)).toEqual(['paper', 'electronic', 'both']);
  });

  it('derives the form of delivery from the channels (Art. 15)', () => {
    expect(deliveryFormFromChannels(['electronic'])).toBe('electronic');
    expect(deliveryFormFromChannels(['provider', 'psc'])).toBe('paper');
    expect(deliveryFormFromChannels(['psc', 'electronic'])).toBe('both');
  });

  it('takes the channels and the form of a full entry as the registry states them', () => {
    const entry: ServiceEntryV1 = {
      ...olderEntry,
      channels: ['state-corporation', 'e-government-portal'],
      deliveryChannels: ['specialised-psc', 'psc', 'e-government-portal'],
      deliveryForm: 'paper',
    };
    expect(channelsOfEntry(entry)).toEqual(['specialised_psc', 'psc', 'electronic']);
    expect(deliveryFormOfEntry(entry)).toBe('paper');
  });

  it('falls back to the coarse channels, and derives the form, for an older entry', () => {
    expect(channelsOfEntry(olderEntry)).toEqual(['psc', 'electronic']);
    expect(deliveryFormOfEntry(olderEntry)).toBe('both');
  });
});
