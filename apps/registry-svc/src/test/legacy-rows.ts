import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Rows written straight into a database that has run the migrations before the one under test, as the
 * service wrote them then: a sphere and a ministry, and included entries of that ministry.
 */
export async function insertLegacyOwner(dataSource: DataSource): Promise<string> {
  const owner = randomUUID();
  await dataSource.query(
    `INSERT INTO classifier_node (code, name_kk, name_ru) VALUES ('01', 'Отбасы', 'Семья')`,
  );
  await dataSource.query(
    `INSERT INTO organization (id, bin, name_kk, name_ru, kind, roles, region_kato, version)
     VALUES ($1, '990340000113', 'Әділет министрлігі', 'Министерство юстиции', 'central-state-body',
             '{service-owner}', '710000000', 1)`,
    [owner],
  );
  return owner;
}

/**
 * An entry "Регистрация брака" included by the decree given, without its versions; the decree's kind only
 * where the schema already has (and requires) it.
 */
export async function insertLegacyEntry(
  dataSource: DataSource,
  entry: { code: string; ownerId: string; decreeNumber: string; decreeDate: string; decreeKind?: string },
): Promise<string> {
  const id = randomUUID();
  await dataSource.query(
    `INSERT INTO service_entry (id, code, status, version, name_kk, name_ru, classifier_code, recipient_types,
       owner_id, provider_ids, intake_organization_ids, intake_via_portal, delivery_form, channels, paid,
       legal_basis_kk, legal_basis_ru, inclusion_decree_number, inclusion_decree_date, included_at,
       search_names, search_details${entry.decreeKind ? ', inclusion_decree_kind' : ''})
     VALUES ($1, $2, 'included', 2, 'Некені тіркеу', 'Регистрация брака', '01', '{individual}', $3,
       ARRAY[$3]::uuid[], '{}', true, 'paper-and-electronic', '{psc,e-government-portal}', false, 'Кодекс',
       'Кодекс', $4, $5, $5::date, $2 || ' некені тіркеу регистрация брака', ''${entry.decreeKind ? ', $6' : ''})`,
    [
      id,
      entry.code,
      entry.ownerId,
      entry.decreeNumber,
      entry.decreeDate,
      ...(entry.decreeKind ? [entry.decreeKind] : []),
    ],
  );
  return id;
}
