import { localPscSetting } from '../test/local-psc';
import { standardAt } from '../test/standard-lifecycle';
import { officerOf, useStandardsApp } from '../test/test-app';

// The owner's draft of a standard (Art. 8): who may write it, what it must hold and what the registry
// already says of the service. Each test includes a service of its own, so each runs alone and in any order.

const setting = localPscSetting();
const { ministry, akimatA, akimatB, psa, ia, owner, organizations } = setting;
const includedAt = new Date('2026-02-20T05:00:00Z');

describe('the draft of a standard (Art. 8)', () => {
  const { call, driver } = useStandardsApp('standards_draft', organizations, includedAt);

  /** A local PSC service's standard, just included. */
  const included = (): Promise<string> => standardAt(driver(), setting.journey('included', includedAt));

  it('refuses to open a discussion on an incomplete draft, naming every missing item', async () => {
    const id = await included();
    const { fee: _fee, appeal: _appeal, ...partial } = setting.content();
    expect((await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: partial })).statusCode).toBe(
      200,
    );
    const response = await call('POST', `/api/v1/standards/${id}/discussion`, owner);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<{ code: string; missingItems: Array<{ item: string; article: string }> }>();
    expect(problem.code).toBe('DRAFT_INCOMPLETE');
    expect(problem.missingItems.map((m) => [m.item, m.article])).toEqual([
      ['fee', '8.6'],
      ['appeal', '8.11'],
    ]);
  });

  it('refuses drafting by anyone but an officer of the owner', async () => {
    const id = await included();
    const content = { content: setting.content() };
    expect(
      (await call('PUT', `/api/v1/standards/${id}/draft`, officerOf(psa, 'owner-officer'), content)).json(),
    ).toMatchObject({ code: 'STANDARD_NOT_THE_OWNER' });
    expect(
      (await call('PUT', `/api/v1/standards/${id}/draft`, setting.officer(akimatA), content)).json(),
    ).toMatchObject({ code: 'ROLE_FORBIDDEN' });
    expect((await call('PUT', `/api/v1/standards/${id}/draft`, undefined, content)).statusCode).toBe(401);
  });

  it('refuses a draft naming an owner or provider the registry does not hold for the service (Art. 8.1-8.2)', async () => {
    const id = await included();
    const content = setting.content();
    const wrongOwner = await call('PUT', `/api/v1/standards/${id}/draft`, owner, {
      content: { ...content, owner: { organizationId: psa.id, name: { kk: 'Басқа', ru: 'Другой' } } },
    });
    expect(wrongOwner.statusCode).toBe(422);
    expect(wrongOwner.json()).toMatchObject({
      code: 'STANDARD_CONTENT_DISAGREES_WITH_REGISTRY',
      mismatches: [{ item: 'owner', article: '6.2, 8.2', value: psa.id, registry: ministry.id }],
    });
    const wrongProvider = await call('PUT', `/api/v1/standards/${id}/draft`, owner, {
      content: {
        ...content,
        providers: [
          { organizationId: akimatA.id, name: { kk: 'Әкімдік', ru: 'Акимат' } },
          { organizationId: ia.id, name: { kk: 'Басқа', ru: 'Другой' } },
        ],
      },
    });
    expect(wrongProvider.json()).toMatchObject({
      code: 'STANDARD_CONTENT_DISAGREES_WITH_REGISTRY',
      mismatches: [
        { item: 'providers', path: 'providers[1].organizationId', value: ia.id },
        // The registry's other provider is missing from the draft (Art. 6.2: every provider is named).
        { item: 'providers', path: 'providers', registry: akimatB.id },
      ],
    });
  });

  it('refuses a term longer than the calendar counts, naming the field and the bound', async () => {
    const id = await included();
    const response = await call('PUT', `/api/v1/standards/${id}/draft`, owner, {
      content: {
        ...setting.content(),
        term: { value: 1001, unit: 'working_days' },
      },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ code: string; errors: Array<{ field: string; message: string }> }>();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors).toEqual([
      expect.objectContaining({ field: 'content.term.value', message: expect.stringContaining('1000') }),
    ]);
    const withinBound = await call('PUT', `/api/v1/standards/${id}/draft`, owner, {
      content: {
        ...setting.content(),
        term: { value: 1000, unit: 'working_days' },
      },
    });
    expect(withinBound.statusCode).toBe(200);
  });
});
