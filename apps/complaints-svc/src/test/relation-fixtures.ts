import type { IdentityClaimsInput, Role } from '@kzps/auth';
import type { RelationCell, RelationFixture } from '@kzps/testing';
import type { RunningService } from './harness';
import { publishWorld } from './world';

type Fixture = RelationFixture<IdentityClaimsInput>;
type Cell = RelationCell<IdentityClaimsInput>;
type OfficerRole = 'provider-officer' | 'owner-officer' | 'quality-authority';

interface ComplaintBody {
  id: string;
  stages: Array<{ instanceId: string; decision?: { measures?: Array<{ id: string }> } | null }>;
  requirements?: Array<{ id: string }>;
}

const refuse = { outcome: 'refused', reasons: { kk: 'Мерзім бұзылмаған', ru: 'Срок не нарушен' } };
const satisfy = {
  outcome: 'satisfied',
  reasons: { kk: 'Мерзім бұзылды', ru: 'Срок нарушен' },
  measures: [{ text: { kk: 'Анықтаманы беру', ru: 'Выдать справку' }, dueDate: '2026-03-20' }],
};
const court = {
  court: { kk: 'Алматы қаласының әкімшілік соты', ru: 'Административный суд города Алматы' },
  filedOn: '2026-03-02',
};

/**
 * Issue 20: how each `own` operation of complaints-svc obtains the complaint it concerns. Its chain is
 * akimat → ministry → quality authority (a service the akimat delivers) or ministry → quality authority (one
 * the ministry delivers itself); for each officer role the complaint stands at the instance that role acts
 * for, and the other caller is an officer in the same role of another body of the chain, who reads the file
 * (Art. 19.7) but is not its instance. A recipient other than the complainant is told the file is not there.
 */
export async function complaintsRelationFixtures(service: RunningService): Promise<Record<string, Fixture>> {
  const w = await publishWorld(service, new Date('2026-02-02T04:00:00.000Z'));
  const { o, callers } = w;
  const as = (role: Role, organizationId?: string): IdentityClaimsInput => ({
    subject: `matrix-${role}-${organizationId ?? 'nowhere'}`,
    roles: [role],
    ...(organizationId ? { organizationId } : {}),
  });
  const call = async (method: 'POST' | 'GET', url: string, who: IdentityClaimsInput, body?: object) => {
    const response = await service.call(method, url, who, body);
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json<ComplaintBody>();
  };
  const electronic = () =>
    call('POST', '/api/v1/complaints', callers.citizen, {
      serviceId: w.akimatService.id,
      trackingNumber: w.application.trackingNumber,
      ground: 'term_missed',
      description: 'Справка не выдана в срок',
    });
  /** A complaint of the ministry's own service (ministry → quality authority), electronic or on paper. */
  const aboutMinistry = (paper: boolean) =>
    paper
      ? call('POST', '/api/v1/complaints', callers.ministryOfficer, {
          serviceId: w.ministryService.id,
          providerId: o.ministry.id,
          ground: 'refusal',
          description: 'Нарушение стандарта',
          complainantIdNumber: callers.citizen.iin,
          paperReference: 'Вх. № 14-07/512',
        })
      : call('POST', '/api/v1/complaints', callers.citizen, {
          serviceId: w.ministryService.id,
          providerId: o.ministry.id,
          ground: 'refusal',
          description: 'Нарушение стандарта',
        });
  /** Decided by the ministry and taken on to the quality authority (by the complainant, or its officer on paper). */
  const atQuality = async (paper: boolean): Promise<string> => {
    const { id } = await aboutMinistry(paper);
    await call('POST', `/api/v1/complaints/${id}/decision`, callers.ministryOfficer, refuse);
    await call(
      'POST',
      `/api/v1/complaints/${id}/escalation`,
      paper ? callers.qualityOfficer : callers.citizen,
    );
    return id;
  };
  /** A complaint open at the instance an officer of `role` acts for, that officer, and one of another body. */
  const openAt = async (
    role: OfficerRole,
    paper = false,
  ): Promise<{ id: string; own: IdentityClaimsInput; other: IdentityClaimsInput }> => {
    if (role === 'provider-officer') {
      const { id } = paper
        ? await call('POST', '/api/v1/complaints', callers.akimatOfficer, {
            serviceId: w.akimatService.id,
            providerId: o.akimat.id,
            ground: 'documents_beyond_standard',
            description: 'Потребовали справку, которой нет в стандарте',
            complainantIdNumber: callers.citizen.iin,
            paperReference: 'Вх. № 14-07/513',
          })
        : await electronic();
      return { id, own: callers.akimatOfficer, other: as(role, o.ministry.id) };
    }
    if (role === 'owner-officer') {
      const { id } = await aboutMinistry(paper);
      return { id, own: callers.ministryOfficer, other: as(role, o.quality.id) };
    }
    return { id: await atQuality(paper), own: callers.qualityOfficer, other: as(role, o.ministry.id) };
  };
  const atInstance = (body?: object): Fixture => ({
    cell: async (role): Promise<Cell> => {
      const { id, own, other } = await openAt(role as OfficerRole);
      return { values: { id }, ...(body ? { body } : {}), own, other };
    },
  });
  /** The complainant's act, or on paper the current instance's officer recording it for them. */
  const byComplainant = (body?: object): Fixture => ({
    cell: async (role): Promise<Cell> => {
      if (role === 'recipient') {
        const { id } = await electronic();
        return {
          values: { id },
          ...(body ? { body } : {}),
          own: callers.citizen,
          other: callers.otherCitizen,
        };
      }
      const { id, own, other } = await openAt(role as OfficerRole, true);
      return { values: { id }, ...(body ? { body } : {}), own, other };
    },
  });
  const qualityDecided = async (): Promise<string> => {
    const id = await atQuality(false);
    await call('POST', `/api/v1/complaints/${id}/decision`, callers.qualityOfficer, refuse);
    return id;
  };
  const requirement = {
    addresseeId: o.ministry.id,
    text: { kk: 'Шағымданушыға анықтаманы беру', ru: 'Выдать заявителю справку' },
    dueDate: '2026-03-31',
  };
  const register: Fixture = {
    // The body's own register: an officer acting for no body has none.
    cell: async (role) => ({
      values: {},
      own: as(role as Role, role === 'quality-authority' ? o.quality.id : o.ministry.id),
      other: as(role as Role),
    }),
  };

  return {
    'GET /api/v1/complaints/{id}': {
      // Art. 19.7: the complainant and the bodies of its chain read the file; any other is told there is none.
      cell: async (role): Promise<Cell> => {
        const { id } = await electronic();
        if (role === 'recipient')
          return { values: { id }, own: callers.citizen, other: callers.otherCitizen };
        const reader = {
          'provider-officer': o.akimat,
          'owner-officer': o.ministry,
          'quality-authority': o.quality,
        }[role as OfficerRole];
        return {
          values: { id },
          own: as(role as Role, reader.id),
          other: as(role as Role, o.otherAkimat.id),
        };
      },
    },
    'POST /api/v1/complaints': {
      cell: async (role): Promise<Cell> => {
        await Promise.resolve();
        if (role === 'recipient') {
          // Art. 19.1: about the complainant's own application only.
          return {
            values: {},
            body: {
              serviceId: w.akimatService.id,
              trackingNumber: w.application.trackingNumber,
              ground: 'term_missed',
              description: 'Справка не выдана в срок',
            },
            own: callers.citizen,
            other: callers.otherCitizen,
          };
        }
        // A paper complaint is registered at the officer's own body: an officer of none cannot register it.
        return {
          values: {},
          body: {
            serviceId: w.ministryService.id,
            providerId: o.ministry.id,
            ground: 'refusal',
            description: 'Нарушение стандарта',
            complainantIdNumber: callers.citizen.iin,
            paperReference: 'Вх. № 14-07/514',
          },
          own: as(role as Role, role === 'quality-authority' ? o.quality.id : o.ministry.id),
          other: as(role as Role),
        };
      },
    },
    'GET /api/v1/complaints': register,
    'GET /api/v1/complaints/alerts': register,
    'GET /api/v1/complaints/mine': {
      cell: () =>
        Promise.resolve({
          values: {},
          own: callers.citizen,
          other: { subject: 'citizen-unnamed', roles: ['recipient'] },
        }),
    },
    'POST /api/v1/complaints/{id}/redirection': {
      // Misaddressed to the role's body (the akimat's service goes first to the akimat, Art. 19.2).
      cell: async (role): Promise<Cell> => {
        const addressee = {
          'provider-officer': o.otherAkimat,
          'owner-officer': o.ministry,
          'quality-authority': o.quality,
        }[role as OfficerRole];
        const { id } = await call('POST', '/api/v1/complaints', callers.citizen, {
          serviceId: w.akimatService.id,
          trackingNumber: w.application.trackingNumber,
          ground: 'term_missed',
          description: 'Справка не выдана в срок',
          addressedToId: addressee.id,
        });
        const elsewhere = role === 'owner-officer' ? o.akimat.id : o.ministry.id;
        return { values: { id }, own: as(role as Role, addressee.id), other: as(role as Role, elsewhere) };
      },
    },
    'POST /api/v1/complaints/{id}/extensions': atInstance(),
    'POST /api/v1/complaints/{id}/decision': atInstance(refuse),
    'POST /api/v1/complaints/{id}/measures/{measureId}/fulfilment': {
      cell: async (role): Promise<Cell> => {
        const { id, own, other } = await openAt(role as OfficerRole);
        const decided = await call('POST', `/api/v1/complaints/${id}/decision`, own, satisfy);
        const measureId = decided.stages[0]?.decision?.measures?.[0]?.id ?? '';
        return { values: { id, measureId }, own, other };
      },
    },
    'POST /api/v1/complaints/{id}/escalation': {
      // After a decision: the complainant, or on paper the next instance's officer.
      cell: async (role): Promise<Cell> => {
        if (role === 'recipient') {
          const { id } = await electronic();
          await call('POST', `/api/v1/complaints/${id}/decision`, callers.akimatOfficer, refuse);
          return { values: { id }, own: callers.citizen, other: callers.otherCitizen };
        }
        if (role === 'quality-authority') {
          const { id } = await aboutMinistry(true);
          await call('POST', `/api/v1/complaints/${id}/decision`, callers.ministryOfficer, refuse);
          return { values: { id }, own: callers.qualityOfficer, other: as(role, o.ministry.id) };
        }
        const { id } = await openAt('provider-officer', true);
        await call('POST', `/api/v1/complaints/${id}/decision`, callers.akimatOfficer, refuse);
        return { values: { id }, own: as(role as Role, o.ministry.id), other: as(role as Role, o.akimat.id) };
      },
    },
    'POST /api/v1/complaints/{id}/court': byComplainant(court),
    'POST /api/v1/complaints/{id}/withdrawal': byComplainant(),
    'POST /api/v1/complaints/{id}/requirements': {
      cell: async () => ({
        values: { id: await qualityDecided() },
        body: requirement,
        own: callers.qualityOfficer,
        other: as('quality-authority', o.ministry.id),
      }),
    },
    'POST /api/v1/complaints/{id}/requirements/{requirementId}/fulfilment': {
      cell: async () => {
        const id = await qualityDecided();
        const issued = await service.call(
          'POST',
          `/api/v1/complaints/${id}/requirements`,
          callers.qualityOfficer,
          requirement,
        );
        if (issued.statusCode !== 201)
          throw new Error(`the requirement: ${issued.statusCode} ${issued.body}`);
        return {
          values: { id, requirementId: issued.json<{ id: string }>().id },
          own: callers.qualityOfficer,
          other: as('quality-authority', o.ministry.id),
        };
      },
    },
  };
}
