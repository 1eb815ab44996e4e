import { Writable } from 'node:stream';
import { createRootLogger } from './logger';
import { maskPersonalData, maskText } from './personal-data';

// Valid check digits: a citizen born 1 January 1985 and a resident legal entity.
const IIN = '850101300124';
const BIN = '990340001230';
const REQUEST_ID = '0f8e2a51-3c7d-4b9e-a1f2-746712345696';

describe('personal data masking (Art. 24)', () => {
  it('masks a 12-digit IIN or BIN in free text when its check digit holds', () => {
    expect(maskText(`applicant ${IIN} and org ${BIN}`)).toBe('applicant 8501******24 and org 9903******30');
  });

  it('keeps 12 digits whose check digit fails: an order number is not an IIN', () => {
    expect(maskText('order 850101300123')).toBe('order 850101300123');
  });

  it('keeps a UUID whole, though its last group is 12 digits with a valid check digit', () => {
    expect(maskText(`request 0f8e2a51-3c7d-4b9e-a1f2-${IIN} failed`)).toBe(
      `request 0f8e2a51-3c7d-4b9e-a1f2-${IIN} failed`,
    );
  });

  it('leaves shorter and longer digit runs alone', () => {
    expect(maskText(`order 12345 phone 87011234567 id 1${IIN} ${IIN}0`)).toBe(
      `order 12345 phone 87011234567 id 1${IIN} ${IIN}0`,
    );
  });

  it('masks identifier fields by name, whatever the check digit', () => {
    expect(
      maskPersonalData({ iin: '850101300123', iinOrBin: BIN, ownerBin: BIN, providerBins: [BIN], bin: 'x' }),
    ).toEqual({
      iin: '8501******23',
      iinOrBin: '9903******30',
      ownerBin: '9903******30',
      providerBins: ['9903******30'],
      bin: '[redacted]',
    });
  });

  it('redacts a person’s name fields in every spelling, Kazakh and Russian variants included', () => {
    expect(
      maskPersonalData({
        given_name: 'Айгүл',
        family_name: 'Нұрланқызы',
        surname: 'Нурланова',
        patronymic: 'Нурлановна',
        middleName: 'Нұрланқызы',
        fullName: { kk: 'Айгүл Нұрланқызы', ru: 'Айгуль Нурлановна' },
        region: '75',
      }),
    ).toEqual({
      given_name: '[redacted]',
      family_name: '[redacted]',
      surname: '[redacted]',
      patronymic: '[redacted]',
      middleName: '[redacted]',
      fullName: '[redacted]',
      region: '75',
    });
  });

  it('redacts the name of a person, and keeps the name of a service', () => {
    const service = { code: '01.02-001', name: { kk: 'Бала туғанда жәрдемақы', ru: 'Пособие при рождении' } };
    expect(
      maskPersonalData({
        service,
        applicant: { name: { kk: 'Айгүл Нұрланқызы', ru: 'Айгуль Нурлановна' } },
        provider: { kind: 'individual-provider', iin: IIN, name: { kk: 'ЖК Нұрланова', ru: 'ИП Нурланова' } },
      }),
    ).toEqual({
      service,
      applicant: { name: '[redacted]' },
      provider: { kind: 'individual-provider', iin: '8501******24', name: '[redacted]' },
    });
  });

  it('logs a citizen without their IIN or name, and the request id whole', () => {
    let output = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        output += chunk.toString();
        done();
      },
    });
    const logger = createRootLogger('test', 'info', sink);
    logger.info(
      {
        requestId: REQUEST_ID,
        applicant: {
          iin: IIN,
          givenName: 'Айгүл',
          familyName: 'Нұрланқызы',
          patronymic: 'Нурлановна',
          name: { kk: 'Айгүл Нұрланқызы', ru: 'Айгуль Нурлановна' },
          birthDate: '1985-01-01',
        },
      },
      `application of ${IIN} received (request ${REQUEST_ID})`,
    );
    expect(output).toContain(REQUEST_ID);
    expect(output).toContain('application of 8501******24 received');
    for (const personal of [IIN, 'Айгүл', 'Айгуль', 'Нұрланқызы', 'Нурлановна', '1985-01-01']) {
      expect(output).not.toContain(personal);
    }
  });
});
