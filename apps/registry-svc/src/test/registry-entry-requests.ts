import type { LightMyRequestResponse } from 'fastify';
import { birthRegistration, type Fixture } from './registry-fixtures';
import type { RegistryTestApp } from './registry-test-app';

export interface EntryRequests {
  /** Drafts the birth registration entry (with these fields replaced) as the authority; its id. */
  draft(overrides?: Record<string, unknown>): Promise<string>;
  /** Drafts the entry and records its inclusion by Decree No. 1218 of 18 March 2025; its id. */
  included(): Promise<string>;
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
  const draft: EntryRequests['draft'] = async (overrides = {}) => {
    const response = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: auth,
      payload: { ...birthRegistration(f), ...overrides },
    });
    if (response.statusCode !== 201) throw new Error(`draft: ${response.statusCode} ${response.body}`);
    return response.json<{ id: string }>().id;
  };
  const action: EntryRequests['action'] = (id, name, payload) =>
    t.inject({
      method: 'POST',
      url: `/api/v1/registry/services/${id}/${name}`,
      headers: auth,
      payload: name === 'exclusion' ? { reason: REASON, ...payload } : payload,
    });
  return {
    draft,
    async included() {
      const id = await draft();
      const response = await action(id, 'inclusion', { decreeNumber: '1218', decreeDate: '2025-03-18' });
      if (response.statusCode !== 200) throw new Error(`inclusion: ${response.statusCode} ${response.body}`);
      return id;
    },
    action,
    read: (path, token) =>
      t.inject({
        method: 'GET',
        url: `/api/v1/registry${path}`,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
  };
}
