import type { LightMyRequestResponse } from 'fastify';
import { birthRegistration, type Fixture } from './registry-fixtures';
import type { RegistryTestApp } from './registry-test-app';

export interface EntryRequests {
  /** Drafts the birth registration entry (with these fields replaced) as the authority; its id. */
  draft(overrides?: Record<string, unknown>): Promise<string>;
  /** POST /services/{id}/{inclusion|amendments|exclusion} as the authority. */
  action(
    id: string,
    name: 'inclusion' | 'amendments' | 'exclusion',
    payload: object,
  ): Promise<LightMyRequestResponse>;
  /** GET under /api/v1/registry, anonymously or with a token. */
  read(path: string, token?: string): Promise<LightMyRequestResponse>;
}

const REASON = { kk: 'Қызмет проактивті көрсетіледі', ru: 'Услуга оказывается проактивно' };

/** The registry's entry endpoints as a test calls them. */
export function entryRequests(t: RegistryTestApp, f: Fixture): EntryRequests {
  const auth = { authorization: `Bearer ${f.writer}` };
  return {
    async draft(overrides = {}) {
      const response = await t.inject({
        method: 'POST',
        url: '/api/v1/registry/services',
        headers: auth,
        payload: { ...birthRegistration(f), ...overrides },
      });
      if (response.statusCode !== 201) throw new Error(`draft: ${response.statusCode} ${response.body}`);
      return response.json<{ id: string }>().id;
    },
    action: (id, name, payload) =>
      t.inject({
        method: 'POST',
        url: `/api/v1/registry/services/${id}/${name}`,
        headers: auth,
        payload: name === 'exclusion' ? { reason: REASON, ...payload } : payload,
      }),
    read: (path, token) =>
      t.inject({
        method: 'GET',
        url: `/api/v1/registry${path}`,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
  };
}
