import { randomUUID } from 'node:crypto';
import type { IdentityClaimsInput, Role } from '@kzps/auth';
import { ApplicationsEventTypes, Topics, type ApplicationFactsV1 } from '@kzps/contracts';
import { testEnvelope, type RelationCell, type RelationFixture, type TestClock } from '@kzps/testing';
import type { RunningService } from './harness';
import { organization, publishOrganizations } from './organizations';
import { applicationOf, ngoMonitor } from './public-monitoring';

type Fixture = RelationFixture<IdentityClaimsInput>;
type Cell = RelationCell<IdentityClaimsInput>;

const text = (ru: string) => ({ kk: `${ru} (kk)`, ru });

/**
 * Issue 20: how each `own` operation of monitoring-svc obtains what it concerns. The quality authority's acts
 * are refused to an officer in that role of a body the registry does not designate (D18); an inspection's
 * order to an officer of another body than its addressee; an NGO's, an owner's or an inspected body's own
 * records to one of another NGO, owner or body (or, for a list the service narrows to the caller's own, to a
 * caller whose token names no organisation at all).
 */
export async function monitoringRelationFixtures(
  service: RunningService,
  clock: TestClock,
): Promise<Record<string, Fixture>> {
  const qa = organization(['quality-authority']);
  const ia = organization(['informatization-authority']);
  const elsewhere = organization(['public-services-authority']);
  const owner = organization(['service-owner']);
  const otherOwner = organization(['service-owner']);
  const provider = organization(['provider'], owner.id);
  const otherProvider = organization(['provider'], otherOwner.id);
  await publishOrganizations(service, qa, ia, elsewhere, owner, otherOwner, provider, otherProvider);
  const officer = (role: Role, organizationId?: string): IdentityClaimsInput => ({
    subject: `matrix-${role}-${organizationId ?? 'nowhere'}`,
    roles: [role],
    ...(organizationId ? { organizationId } : {}),
  });
  const inspector = officer('quality-authority', qa.id);
  /** Holds the role, acts for a body the registry does not designate. */
  const impostor = officer('quality-authority', elsewhere.id);
  const post = async (
    url: string,
    who: IdentityClaimsInput,
    body: object,
  ): Promise<Record<string, string>> => {
    const response = await service.call('POST', url, who, body);
    if (response.statusCode >= 300) throw new Error(`POST ${url}: ${response.statusCode} ${response.body}`);
    return response.json<Record<string, string>>();
  };
  /** An unplanned inspection of the body, under way on 2 September 2026. */
  const inspection = async (subject: 'owner' | 'provider' = 'owner'): Promise<string> => {
    clock.set('2026-08-20T05:00:00.000Z');
    const { inspectionId } = await post('/api/v1/monitoring/inspections', inspector, {
      kind: 'unplanned',
      ground: { kind: 'complaint', reference: randomUUID() },
      subjectOrganizationId: subject === 'owner' ? owner.id : provider.id,
      subjectRole: subject,
      serviceIds: [randomUUID()],
      startDate: '2026-09-01',
      endDate: '2026-09-14',
    });
    clock.set('2026-09-02T05:00:00.000Z');
    return inspectionId ?? '';
  };
  const order = async (subject: 'owner' | 'provider' = 'owner'): Promise<string> => {
    const inspectionId = await inspection(subject);
    const issued = await post(`/api/v1/monitoring/inspections/${inspectionId}/orders`, inspector, {
      text: text('Обновить сведения об услуге'),
      dueDate: '2026-09-15',
    });
    return issued.orderId ?? '';
  };
  const byTheAuthority = (values: () => Promise<Record<string, string>>): Fixture => ({
    cell: async () => ({ values: await values(), own: inspector, other: impostor }),
  });
  const noValues = () => Promise.resolve({});
  const underInspection = byTheAuthority(async () => ({ inspectionId: await inspection() }));
  const ordered = byTheAuthority(async () => ({ orderId: await order() }));
  /** The inspected body's officer (an owner's or a provider's, by role) and one of another such body. */
  const ofTheInspected = (
    values: (subject: 'owner' | 'provider') => Promise<Record<string, string>>,
    body?: object,
  ): Fixture => ({
    cell: async (role): Promise<Cell> => {
      const subject = role === 'owner-officer' ? 'owner' : 'provider';
      return {
        values: await values(subject),
        ...(body ? { body } : {}),
        own: officer(role as Role, subject === 'owner' ? owner.id : provider.id),
        other: officer(role as Role, subject === 'owner' ? otherOwner.id : otherProvider.id),
      };
    },
  });
  const monitor = ngoMonitor();
  /** A fresh NGO's application (an NGO holds one at a time), and its monitor. */
  const application = async (): Promise<{ accreditationId: string; by: IdentityClaimsInput }> => {
    const by = ngoMonitor();
    const { accreditationId } = await post('/api/v1/monitoring/accreditations', by, applicationOf());
    return { accreditationId: accreditationId ?? '', by };
  };
  const onApplication = byTheAuthority(async () => ({
    accreditationId: (await application()).accreditationId,
  }));
  /** A list narrowed to the caller's own: a token naming no organisation has none. */
  const ownList = (own: (role: Role) => IdentityClaimsInput): Fixture => ({
    cell: (role) => Promise.resolve({ values: {}, own: own(role as Role), other: officer(role as Role) }),
  });
  /** A draft of the owner's report on a year that is over, a year of its own each time (one report a year). */
  let reportYear = 2026;
  const annualReport = async (): Promise<string> =>
    (
      await post('/api/v1/monitoring/annual-reports', officer('owner-officer', owner.id), {
        year: (reportYear -= 1),
        narrative: text('Отчет'),
      })
    ).id ?? '';
  const ofTheOwner = (values: () => Promise<Record<string, string>>): Fixture => ({
    cell: async () => ({
      values: await values(),
      own: officer('owner-officer', owner.id),
      other: officer('owner-officer', otherOwner.id),
    }),
  });

  const citizen: IdentityClaimsInput = { subject: 'citizen-1', roles: ['recipient'], iin: '850101300123' };
  /** An application of the recipient's whose result was issued, as applications-svc announces it. */
  const deliveredTo = async (recipientIdNumber: string): Promise<string> => {
    const applicationId = randomUUID();
    const at = new Date('2026-08-03T04:00:00.000Z');
    const facts = {
      applicationId,
      trackingNumber: 'KZ-2026-000001',
      serviceId: randomUUID(),
      standardId: randomUUID(),
      standardVersionId: randomUUID(),
      ownerOrganizationId: owner.id,
      providerOrganizationId: provider.id,
      pscOrganizationId: null,
      pscBranch: null,
      regionKato: '751110000',
      channel: 'electronic',
      recipientType: 'individual',
      acceptedAt: at.toISOString(),
      dueDate: '2026-08-10',
      dueAt: '2026-08-10T18:59:59.999Z',
      handoverDueAt: null,
      term: { value: 5, unit: 'working_days', acceptanceDayCounts: false },
    } satisfies ApplicationFactsV1;
    await service.publish(Topics.applications, [
      testEnvelope(
        '/kzps/applications-svc',
        ApplicationsEventTypes.submitted,
        applicationId,
        {
          ...facts,
          recipientIdNumber,
          feeKzt: null,
        },
        at,
      ),
      testEnvelope(
        '/kzps/applications-svc',
        ApplicationsEventTypes.resultIssued,
        applicationId,
        {
          ...facts,
          resultForm: 'electronic_document',
          resultRecordedAt: '2026-08-07T06:00:00.000Z',
          issuedAt: '2026-08-07T06:00:00.000Z',
          onTime: true,
        },
        at,
      ),
    ]);
    return applicationId;
  };

  return {
    'GET /api/v1/monitoring/indicators': ofTheOwner(() => Promise.resolve({ ownerId: owner.id })),
    'GET /api/v1/monitoring/indicators/export.csv': ofTheOwner(() => Promise.resolve({ ownerId: owner.id })),
    'POST /api/v1/monitoring/inspections': byTheAuthority(noValues),
    'GET /api/v1/monitoring/inspections': ownList((role) =>
      officer(role, role === 'owner-officer' ? owner.id : provider.id),
    ),
    'GET /api/v1/monitoring/inspections/orders': ownList((role) =>
      officer(role, role === 'owner-officer' ? owner.id : provider.id),
    ),
    // An inspection not yet published is its subject's business: another body is told there is none.
    'GET /api/v1/monitoring/inspections/{inspectionId}': ofTheInspected(async (subject) => ({
      inspectionId: await inspection(subject),
    })),
    'POST /api/v1/monitoring/inspections/{inspectionId}/findings': underInspection,
    'POST /api/v1/monitoring/inspections/{inspectionId}/orders': underInspection,
    'POST /api/v1/monitoring/inspections/{inspectionId}/completion': underInspection,
    // Art. 22: the addressee of the order reports on it.
    'POST /api/v1/monitoring/inspections/orders/{orderId}/report': ofTheInspected(
      async (subject) => ({ orderId: await order(subject) }),
      { report: text('Сведения обновлены') },
    ),
    'POST /api/v1/monitoring/inspections/orders/{orderId}/fulfilment': ordered,
    'POST /api/v1/monitoring/inspections/orders/{orderId}/return': ordered,
    'POST /api/v1/monitoring/accreditations': {
      cell: () =>
        Promise.resolve({
          values: {},
          body: applicationOf(),
          own: ngoMonitor(),
          other: officer('ngo-monitor'),
        }),
    },
    'GET /api/v1/monitoring/accreditations': ownList(() => monitor),
    'GET /api/v1/monitoring/accreditations/{accreditationId}': {
      // Another NGO is told there is no such application (D18: an NGO sees its own).
      cell: async () => {
        const { accreditationId, by } = await application();
        return { values: { accreditationId }, own: by, other: ngoMonitor() };
      },
    },
    'POST /api/v1/monitoring/accreditations/{accreditationId}/decision': onApplication,
    'POST /api/v1/monitoring/accreditations/{accreditationId}/suspension': onApplication,
    'POST /api/v1/monitoring/accreditations/{accreditationId}/resumption': onApplication,
    'POST /api/v1/monitoring/accreditations/{accreditationId}/revocation': onApplication,
    'POST /api/v1/monitoring/monitoring-reports/state-orders': byTheAuthority(noValues),
    'GET /api/v1/monitoring/monitoring-reports/state-orders': ownList(() => monitor),
    'POST /api/v1/monitoring/monitoring-reports': ownList(() => monitor),
    'POST /api/v1/monitoring/internal-control/requests': byTheAuthority(noValues),
    'POST /api/v1/monitoring/internal-control/reports': {
      // Art. 22.4-5: an owner reports; an officer of a body the registry does not make an owner does not.
      cell: () =>
        Promise.resolve({
          values: {},
          own: officer('owner-officer', owner.id),
          other: officer('owner-officer', elsewhere.id),
        }),
    },
    'POST /api/v1/monitoring/recommendations': {
      // Art. 7.5: the designated quality authority, or the designated informatization authority, recommends.
      cell: (role) =>
        Promise.resolve({
          values: {},
          body: {
            source: role === 'quality-authority' ? 'quality_authority' : 'informatization_authority',
            serviceId: randomUUID(),
            action: 'adopt',
            content: text('Добавить электронный канал'),
          },
          own: role === 'quality-authority' ? inspector : officer('informatization-authority', ia.id),
          other: role === 'quality-authority' ? impostor : officer('informatization-authority', elsewhere.id),
        }),
    },
    'POST /api/v1/monitoring/evaluations/methodologies': byTheAuthority(noValues),
    'POST /api/v1/monitoring/evaluations': byTheAuthority(noValues),
    // Art. 5.4.2: the recipient rates their own application; another person is told there is none.
    'POST /api/v1/monitoring/surveys': {
      cell: async () => {
        const applicationId = await deliveredTo(citizen.iin ?? '');
        return {
          values: {},
          body: {
            applicationId,
            scores: { timeliness: 5, courtesy: 4, convenience: 3, information: 4, result: 5 },
          },
          own: citizen,
          other: { subject: 'citizen-2', roles: ['recipient'], iin: '900202400456' },
        };
      },
    },
    // Art. 17.6: a draft is its owner's only; another owner is told there is none.
    'GET /api/v1/monitoring/annual-reports/{id}': ofTheOwner(async () => ({ id: await annualReport() })),
    'GET /api/v1/monitoring/internal-control/reports/{reportId}': ofTheOwner(async () => ({
      reportId:
        (
          await post('/api/v1/monitoring/internal-control/reports', officer('owner-officer', owner.id), {
            halfYear: `2026-H1`,
            units: [
              {
                kind: 'territorial-unit',
                name: text('Департамент по области'),
                checks: 3,
                violations: 1,
                measures: text('Проведен инструктаж'),
              },
            ],
            summary: text('3 проверки, 1 нарушение'),
          })
        ).reportId ?? '',
    })),
    'POST /api/v1/monitoring/annual-reports': ownList(() => officer('owner-officer', owner.id)),
    'POST /api/v1/monitoring/annual-reports/{id}/publication': ofTheOwner(async () => ({
      id: await annualReport(),
    })),
    'POST /api/v1/monitoring/annual-reports/{id}/discussions': ofTheOwner(async () => ({
      id: await annualReport(),
    })),
  };
}
