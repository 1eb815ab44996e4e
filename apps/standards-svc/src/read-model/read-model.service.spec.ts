import { serviceChannels } from '@kzps/contracts';
import { channelOf, deliveryFormOf } from './read-model.service';

describe('the registry in this service’s words', () => {
  it('knows every channel the registry publishes', () => {
    expect(serviceChannels.map(channelOf)).toEqual(['provider', 'psc', 'electronic']);
  });

  it('derives the form of delivery from the channels (Art. 15)', () => {
    expect(deliveryFormOf(['electronic'])).toBe('electronic');
    expect(deliveryFormOf(['provider', 'psc'])).toBe('paper');
    expect(deliveryFormOf(['psc', 'electronic'])).toBe('both');
  });
});
