// Search benchmark: 10,000 generated registry entries in a fresh embedded PostgreSQL, a mix of queries
// through the real RegistrySearchService (SQL + mapping), p50/p95/p99 printed.
//   npm run build && node apps/registry-svc/bench/search.bench.mjs
// BENCH_ENTRIES / BENCH_ROUNDS shrink it (thousands of entries, searches) for a smoke run: the e2e test runs it
// small, so a schema change that breaks its inserts fails CI instead of the next benchmark.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);
const dist = (path) => require(join(root, 'dist', path));
const { DataSource } = require('typeorm');
const { plainToInstance } = require('class-transformer');
const { serviceDataSourceOptions } = dist('libs/db/src/index.js');
const { entities } = dist('apps/registry-svc/src/entities.js');
const { migrations } = dist('apps/registry-svc/src/migrations/index.js');
const { RegistrySearchService } = dist('apps/registry-svc/src/services/search/registry-search.service.js');
const { ServiceSearchQueryDto } = dist('apps/registry-svc/src/services/search/search-query.dto.js');
const { demoClassifier } = dist('apps/registry-svc/src/seed/demo-data.js');
// The same throw-away embedded PostgreSQL the tests start.
const { startEmbeddedPostgres } = dist('libs/testing/src/embedded-postgres.js');

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3_000);

const kk = [
  'тіркеу',
  'беру',
  'анықтама',
  'куәлік',
  'жәрдемақы',
  'тағайындау',
  'лицензия',
  'рұқсат',
  'жер',
  'учаскесі',
  'әлеуметтік',
  'көмек',
  'мектепке',
  'дейінгі',
  'ұйымдарға',
  'жүргізуші',
  'көлік',
  'құралдарын',
  'мұрағаттық',
  'өзгерту',
  'бірыңғай',
  'шаһар',
  'денсаулық',
  'қолтаңба',
  'мүгедектік',
  'зейнетақы',
  'телнұсқа',
  'үзінді',
  'көшірме',
  'ғимарат',
];
const ru = [
  'регистрация',
  'выдача',
  'справка',
  'свидетельство',
  'пособие',
  'назначение',
  'лицензия',
  'разрешение',
  'земельного',
  'участка',
  'социальной',
  'помощи',
  'дошкольные',
  'организации',
  'водительского',
  'удостоверения',
  'транспортных',
  'средств',
  'архивной',
  'изменение',
  'единовременного',
  'рождения',
  'здоровья',
  'подписи',
  'инвалидности',
  'пенсионных',
  'дубликата',
  'выписки',
  'копии',
  'строительства',
];
const pick = (pool, n, seed) =>
  Array.from({ length: n }, (_, i) => pool[(seed * 7 + i * 13 + (seed >> 3)) % pool.length]);
const forms = ['paper', 'electronic', 'paper-and-electronic'];
const channelSets = [
  ['psc'],
  ['psc', 'e-government-portal'],
  ['e-government-portal'],
  ['provider', 'psc', 'e-government-portal'],
  ['specialised-psc', 'e-government-portal'],
];
const recipients = [
  ['individual'],
  ['legal-entity'],
  ['individual', 'foreign-individual', 'stateless-person'],
  ['individual', 'legal-entity', 'foreign-legal-entity'],
];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const pg = await startEmbeddedPostgres();
  const url = new URL(pg.url);
  const admin = new DataSource({ type: 'postgres', url: pg.url });
  await admin.initialize();
  await admin.query('CREATE DATABASE bench');
  await admin.destroy();
  url.pathname = '/bench';
  const dataSource = new DataSource(
    serviceDataSourceOptions({
      url: url.toString(),
      entities,
      migrations,
    }),
  );
  try {
    await dataSource.initialize();
    for (const [i, node] of demoClassifier.entries()) {
      await dataSource.query(
        'INSERT INTO classifier_node (code, parent_code, name_kk, name_ru, position) VALUES ($1, $2, $3, $4, $5)',
        [node.code, node.code.includes('.') ? node.code.split('.')[0] : null, node.nameKk, node.nameRu, i],
      );
    }
    const orgIds = Array.from({ length: 60 }, () => randomUUID());
    for (const [i, id] of orgIds.entries()) {
      await dataSource.query(
        `INSERT INTO organization (id, bin, name_kk, name_ru, kind, level, roles, region_kato, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1)`,
        [
          id,
          String(100000000000 + i),
          `Ұйым ${i}`,
          `Организация ${i}`,
          i < 20 ? 'central-state-body' : 'local-executive-body',
          i < 20 ? null : 'district',
          ['service-owner', 'provider'],
          // A local executive body has the KATO code of its territory (a district of Almaty oblast).
          i < 20 ? null : '195220000',
        ],
      );
    }
    const codes = demoClassifier.map((n) => n.code);
    const started = Date.now();
    for (let batch = 0; batch < ENTRIES; batch += 1000) {
      const rows = Array.from({ length: Math.min(1000, ENTRIES - batch) }, (_, j) => {
        const n = batch + j;
        const nameKk = pick(kk, 3 + (n % 4), n).join(' ');
        const nameRu = pick(ru, 3 + (n % 5), n + 1).join(' ');
        const descKk = pick(kk, 8, n + 2).join(' ');
        const descRu = pick(ru, 8, n + 3).join(' ');
        const code = `${codes[n % codes.length]}-${String(n).padStart(5, '0')}`;
        const form = forms[n % 3];
        const channels = form === 'paper' ? ['psc'] : channelSets[1 + (n % 4)];
        return {
          id: randomUUID(),
          code,
          status: n % 10 === 0 ? 'draft' : n % 7 === 0 ? 'amended' : 'included',
          nameKk,
          nameRu,
          descKk,
          descRu,
          classifier: codes[n % codes.length],
          recipients: recipients[n % 4],
          owner: orgIds[n % 20],
          providers: [orgIds[20 + (n % 40)]],
          form,
          channels,
          paid: n % 3 === 0,
          names: `${code} ${nameKk} ${nameRu}`.toLowerCase(),
          details: `${descKk} ${descRu}`.toLowerCase(),
        };
      });
      await dataSource.query(
        `INSERT INTO service_entry (id, code, status, version, name_kk, name_ru, description_kk, description_ru, classifier_code,
           recipient_types, owner_id, provider_ids, intake_organization_ids, intake_via_portal, delivery_form, channels, paid,
           fee_legal_basis_kk, fee_legal_basis_ru, legal_basis_kk, legal_basis_ru, inclusion_decree_number, inclusion_decree_date,
           inclusion_decree_kind, included_at, search_names, search_details)
         SELECT r.id, r.code, r.status, 1, r.name_kk, r.name_ru, r.desc_kk, r.desc_ru, r.classifier,
           string_to_array(r.recipients, ','), r.owner, ARRAY[r.provider], '{}', true, r.form, string_to_array(r.channels, ','), r.paid,
           CASE WHEN r.paid THEN 'Салық кодексі' END, CASE WHEN r.paid THEN 'Налоговый кодекс' END, 'Заң', 'Закон',
           CASE WHEN r.status <> 'draft' THEN '1' END, CASE WHEN r.status <> 'draft' THEN date '2025-01-15' END,
           CASE WHEN r.status <> 'draft' THEN 'government-resolution' END,
           CASE WHEN r.status <> 'draft' THEN timestamptz '2025-01-15 00:00+05' END, r.names, r.details
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::uuid[], $11::uuid[], $12::text[], $13::text[], $14::boolean[], $15::text[], $16::text[])
           AS r(id, code, status, name_kk, name_ru, desc_kk, desc_ru, classifier, recipients, owner, provider, form, channels, paid, names, details)`,
        [
          rows.map((r) => r.id),
          rows.map((r) => r.code),
          rows.map((r) => r.status),
          rows.map((r) => r.nameKk),
          rows.map((r) => r.nameRu),
          rows.map((r) => r.descKk),
          rows.map((r) => r.descRu),
          rows.map((r) => r.classifier),
          rows.map((r) => r.recipients.join(',')),
          rows.map((r) => r.owner),
          rows.map((r) => r.providers[0]),
          rows.map((r) => r.form),
          rows.map((r) => r.channels.join(',')),
          rows.map((r) => r.paid),
          rows.map((r) => r.names),
          rows.map((r) => r.details),
        ],
      );
    }
    // What autovacuum does after a bulk load (it starts after 1,000 inserted rows): statistics for the planner
    // and the visibility map that lets a count read an index alone.
    await dataSource.query('VACUUM ANALYZE');
    console.log(`loaded ${ENTRIES} entries in ${Date.now() - started} ms`);

    const search = new RegistrySearchService(dataSource);
    const mix = [
      { q: 'тіркеу' },
      { q: 'жүрг' },
      { q: 'әлеуметтік көмек' },
      { q: 'шаһар' },
      { q: 'қолтаңба', sphere: '09' },
      { q: 'регистрация' },
      { q: 'водител' },
      { q: 'рождение', paid: false },
      { q: 'справка архивной' },
      { sphere: '01' },
      { sphere: '04.02', status: 'included' },
      { channel: 'specialised-psc' },
      { form: 'electronic', paid: true },
      { recipientType: 'foreign-legal-entity' },
      { ownerId: orgIds[3] },
      { providerId: orgIds[25] },
      { sort: 'nameRu', page: 20 },
      { sort: 'updatedAt', order: 'desc' },
      { q: 'лицензия', sort: 'code', size: 50 },
      { q: 'ғимарат ұйымдарға', channel: 'psc' },
      { q: '01.01-000' },
      { q: '10-01241' },
      { page: 400, size: 20 },
    ].map((query) => plainToInstance(ServiceSearchQueryDto, query));
    for (let i = 0; i < 200; i += 1) await search.search(mix[i % mix.length]);
    const timings = [];
    const perQuery = mix.map(() => []);
    for (let i = 0; i < ROUNDS; i += 1) {
      const index = i % mix.length;
      const t0 = performance.now();
      await search.search(mix[index]);
      const ms = performance.now() - t0;
      timings.push(ms);
      perQuery[index].push(ms);
    }
    timings.sort((a, b) => a - b);
    const fmt = (ms) => `${ms.toFixed(2)} ms`;
    console.log(`${ROUNDS} searches over ${ENTRIES} entries (${mix.length} query shapes)`);
    console.log(
      `p50 ${fmt(percentile(timings, 50))}  p95 ${fmt(percentile(timings, 95))}  p99 ${fmt(percentile(timings, 99))}`,
    );
    const slowest = perQuery
      .map((list, i) => ({
        i,
        p95: percentile(
          [...list].sort((a, b) => a - b),
          95,
        ),
      }))
      .sort((a, b) => b.p95 - a.p95)
      .slice(0, 3);
    for (const { i, p95 } of slowest)
      console.log(`  slowest shape p95 ${fmt(p95)}: ${JSON.stringify(mix[i])}`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await pg.stop();
  }
}

await main();
