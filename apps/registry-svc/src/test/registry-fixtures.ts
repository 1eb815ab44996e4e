import { checkDigitOf } from '@kzps/identifiers';
import { designationActExample } from '../organizations/dto/authority-roles.dto';
import type { RegistryTestApp } from './registry-test-app';

export interface Fixture {
  writer: string;
  ministryId: string;
  akimatId: string;
  pscId: string;
}

/** A valid BIN or IIN from its first eleven digits (the serial is bumped until a check digit exists). */
export function withCheckDigit(firstEleven: string): string {
  for (let serial = Number(firstEleven.slice(7)); ; serial += 1) {
    const eleven = `${firstEleven.slice(0, 7)}${String(serial).padStart(4, '0')}`;
    const check = checkDigitOf([...eleven].map(Number));
    if (check !== undefined) return `${eleven}${check}`;
  }
}

/** Valid BINs (check digit per the BIN algorithm) for the test directory. */
export const testBins = { ministry: '990340000113', akimat: '990240002344', psc: '160240025370' };

/** The directory's bodies as createFixture registers them (a PUT with one field changed starts here). */
export const fixtureOrganizations = {
  ministry: {
    bin: testBins.ministry,
    nameKk: 'Қазақстан Республикасының Әділет министрлігі',
    nameRu: 'Министерство юстиции Республики Казахстан',
    kind: 'central-state-body',
    roles: ['service-owner', 'provider', 'justice-registration-authority'],
    regionKato: '710000000',
  },
  akimat: {
    bin: testBins.akimat,
    nameKk: 'Алматы қаласының әкімдігі',
    nameRu: 'Акимат города Алматы',
    kind: 'local-executive-body',
    level: 'city-of-republican-significance',
    roles: ['service-owner', 'provider'],
    regionKato: '750000000',
  },
  psc: {
    bin: testBins.psc,
    nameKk: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ',
    nameRu: 'НАО «Государственная корпорация «Правительство для граждан»',
    kind: 'psc',
    roles: ['psc-operator', 'provider'],
    regionKato: '710000000',
  },
};

async function post(
  t: RegistryTestApp,
  token: string,
  url: string,
  payload: object,
): Promise<{ id: string }> {
  const response = await t.inject({
    method: 'POST',
    url,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string }>();
}

/** A classifier sphere with a sub-sphere, a ministry, an akimat and the State Corporation. */
export async function createFixture(t: RegistryTestApp): Promise<Fixture> {
  const writer = await t.token(['public-services-authority']);
  await post(t, writer, '/api/v1/registry/classifier', {
    code: '01',
    nameKk: 'Отбасы және балалар',
    nameRu: 'Семья и дети',
  });
  await post(t, writer, '/api/v1/registry/classifier', {
    code: '01.01',
    nameKk: 'Азаматтық хал актілерін тіркеу',
    nameRu: 'Регистрация актов гражданского состояния',
  });
  await post(t, writer, '/api/v1/registry/classifier', {
    code: '02',
    nameKk: 'Жер қатынастары',
    nameRu: 'Земельные отношения',
  });
  // D38: the public-services authority adds the ministry; the administrator designates it on its act.
  const ministry = await post(t, writer, '/api/v1/registry/organizations', {
    ...fixtureOrganizations.ministry,
    roles: ['service-owner', 'provider'],
  });
  const designated = await t.inject({
    method: 'PUT',
    url: `/api/v1/registry/organizations/${ministry.id}/authority-roles`,
    payload: { roles: ['justice-registration-authority'], act: designationActExample },
    headers: { authorization: `Bearer ${await t.token(['admin'], 'admin')}` },
  });
  if (designated.statusCode !== 200)
    throw new Error(`designation: ${designated.statusCode} ${designated.body}`);
  const akimat = await post(t, writer, '/api/v1/registry/organizations', fixtureOrganizations.akimat);
  const psc = await post(t, writer, '/api/v1/registry/organizations', fixtureOrganizations.psc);
  return { writer, ministryId: ministry.id, akimatId: akimat.id, pscId: psc.id };
}

export function birthRegistration(f: Fixture): Record<string, unknown> {
  return {
    name: {
      kk: 'Баланың тууын тіркеу, оның ішінде өзгерістер енгізу',
      ru: 'Регистрация рождения ребенка, в том числе внесение изменений',
    },
    description: {
      kk: 'Туу туралы куәлік қағаз немесе электрондық нысанда беріледі',
      ru: 'Выдается свидетельство о рождении в бумажной или электронной форме',
    },
    classifierCode: '01.01',
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    ownerId: f.ministryId,
    providerIds: [f.akimatId],
    intakeOrganizationIds: [f.pscId],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['psc', 'e-government-portal'],
    paid: false,
    legalBasis: {
      kk: '«Неке (ерлі-зайыптылық) және отбасы туралы» Қазақстан Республикасының Кодексі',
      ru: 'Кодекс Республики Казахстан «О браке (супружестве) и семье»',
    },
    termWorkingDays: 1,
  };
}
