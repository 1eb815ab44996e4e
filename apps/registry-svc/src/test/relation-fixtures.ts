import type { IdentityClaimsInput } from '@kzps/auth';
import type { RelationCell, RelationFixture } from '@kzps/testing';
import { exampleCsvImport } from '../exchange/exchange.examples';
import {
  createFixture,
  birthRegistration,
  fixtureOrganizations,
  withCheckDigit,
  type Fixture as RegistryDirectory,
} from './registry-fixtures';
import { entryRequests } from './registry-entry-requests';
import { registryClaims, type RegistryTestApp } from './registry-test-app';

type Fixture = RelationFixture<IdentityClaimsInput>;
type Cell = RelationCell<IdentityClaimsInput>;

/** An import job queued by the designated authority's officer: its id. */
async function imported(t: RegistryTestApp, f: RegistryDirectory): Promise<string> {
  const response = await t.inject({
    method: 'POST',
    url: '/api/v1/registry/imports',
    headers: { authorization: `Bearer ${f.writer}`, 'content-type': 'text/csv' },
    payload: exampleCsvImport,
  });
  if (response.statusCode !== 202) throw new Error(`import: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string }>().id;
}

/**
 * Issue 20: how each write of registry-svc, and each read of what those writes leave for the authority (an
 * import's report, the owner corrections), obtains what it concerns. Every one is the designated
 * public-services authority's (Art. 6.3, D38): its officer is let past; an officer in the same role of the
 * test directory's ministry, which no act designates the authority, is refused before anything is read or
 * written.
 */
export async function registryRelationFixtures(t: RegistryTestApp): Promise<Record<string, Fixture>> {
  // Called once per started app (describeHostileInput keeps the result): the directory's BINs and
  // classifier codes can be entered only once.
  const f = await createFixture(t);
  const entries = entryRequests(t, f);
  const own = registryClaims(['public-services-authority'], 'relation-authority-officer');
  const other: IdentityClaimsInput = {
    ...own,
    subject: 'relation-ministry-officer',
    organizationId: f.ministryId,
  };
  const cell = (values: Cell['values'], body?: unknown): Cell => ({
    values,
    ...(body === undefined ? {} : { body }),
    own,
    other,
  });
  const fixture = (make: () => Promise<Cell>): Fixture => ({ cell: make });
  const decree = { decreeNumber: '1218', decreeDate: '2025-03-18' };

  return {
    'POST /api/v1/registry/organizations': fixture(async () =>
      cell(
        {},
        {
          bin: withCheckDigit('99054000015'),
          nameKk: 'Қазақстан Республикасының Денсаулық сақтау министрлігі',
          nameRu: 'Министерство здравоохранения Республики Казахстан',
          kind: 'central-state-body',
          roles: ['service-owner', 'provider'],
          regionKato: '710000000',
        },
      ),
    ),
    'PUT /api/v1/registry/organizations/{id}': fixture(async () =>
      cell({ id: f.akimatId }, { ...fixtureOrganizations.akimat, active: true }),
    ),
    'POST /api/v1/registry/classifier': fixture(async () =>
      cell({}, { code: '03', nameKk: 'Денсаулық сақтау', nameRu: 'Здравоохранение' }),
    ),
    'PUT /api/v1/registry/classifier/{code}': fixture(async () =>
      cell({ code: '02' }, { nameKk: 'Жер қатынастары', nameRu: 'Земельные отношения' }),
    ),
    'POST /api/v1/registry/services': fixture(async () => cell({}, birthRegistration(f))),
    'PUT /api/v1/registry/services/{id}': fixture(async () =>
      cell({ id: await entries.draft() }, birthRegistration(f)),
    ),
    'POST /api/v1/registry/services/{id}/inclusion': fixture(async () =>
      cell({ id: await entries.draft() }, decree),
    ),
    'POST /api/v1/registry/services/{id}/amendments': fixture(async () =>
      cell({ id: await entries.included() }),
    ),
    'POST /api/v1/registry/services/{id}/exclusion': fixture(async () =>
      cell({ id: await entries.included() }),
    ),
    'POST /api/v1/registry/services/{id}/versions/{version}/revocation': fixture(async () =>
      cell({ id: await entries.included(), version: '1' }),
    ),
    'POST /api/v1/registry/imports': fixture(async () => cell({})),
    'GET /api/v1/registry/imports/{id}': fixture(async () => cell({ id: await imported(t, f) })),
    'GET /api/v1/registry/owner-corrections': fixture(async () => cell({})),
  };
}
