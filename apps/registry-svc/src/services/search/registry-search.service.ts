import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pageOf, pageRows, type Page } from '@kzps/platform';
import type { ServiceEntryDto } from '../dto/service-entry-response.dto';
import { PUBLIC_VIEWER, type RegistryViewer } from '../registry-viewer';
import { contentOfRow, headerOf } from '../service-entry.content';
import { ServiceEntry } from '../service-entry.entity';
import type { ServiceStatus } from '../service-entry.enums';
import { toServiceEntryDto } from '../service-entry.mapper';
import { ReferenceCache } from './reference-cache';
import { serviceError, ServiceErrorCode } from '../services.errors';
import type { ServiceSearchQueryDto, SortKey } from './search-query.dto';

/**
 * Words of a query as a prefix tsquery: every word must match the beginning of a word of the entry.
 * Only letters and digits survive, so the string is always valid tsquery syntax. Lower-cased in JS, like
 * the indexed text, because PostgreSQL's lower() may not know Kazakh letters under the C collation.
 */
export function prefixQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 ? null : words.map((word) => `${word}:*`).join(' & ');
}

/**
 * A registry code or its beginning (`01.01-001`, `10-0`): the text search splits it into pieces, so it is
 * matched against the code itself, as a prefix. Returns the LIKE pattern, or null for ordinary words.
 */
export function codePrefixPattern(text: string): string | null {
  const trimmed = text.trim().toLowerCase();
  return /\d/.test(trimmed) && /^[0-9a-z]+(?:[.-][0-9a-z]*)*$/.test(trimmed) ? `${trimmed}%` : null;
}

/** Art. 6.3-6.4: what is in the registry; drafts are not yet, excluded entries are no longer. */
export const IN_REGISTRY: readonly ServiceStatus[] = ['included', 'amended'];

/** Sort keys as the listed-entries indexes of migration 1764500000000 hold them (names by their alphabet). */
const sortColumns: Record<Exclude<SortKey, 'relevance'>, string> = {
  code: 's.code COLLATE "C"',
  nameRu: 's.name_ru COLLATE "ru-x-icu"',
  nameKk: 's.name_kk COLLATE "kk-x-icu"',
  includedAt: 's.included_at',
  updatedAt: 's.updated_at',
};

type RawRow = ServiceEntry;

/**
 * Full-text search over Kazakh and Russian names and descriptions, on the narrow projection `service_search`
 * (migration 1764500000000) that a trigger keeps with every write to the entries. PostgreSQL has no Kazakh
 * dictionary, so every word is matched as typed ('simple': Kazakh words and prefixes) and as a Russian stem
 * ("рождения" finds "рождение"), both through one GIN expression index; relevance is ranked on the names
 * alone, so an entry matching only in its description comes after those whose name matches.
 */
@Injectable()
export class RegistrySearchService {
  /** Every mapped column under its property name; dates as text, like TypeORM reads them. */
  private readonly columns: string;
  private readonly references = new ReferenceCache();

  constructor(private readonly dataSource: DataSource) {
    this.columns = dataSource
      .getMetadata(ServiceEntry)
      .columns.map((column) => {
        const cast = column.type === 'date' ? '::text' : '';
        return `e.${column.databaseName}${cast} AS "${column.propertyName}"`;
      })
      .join(', ');
  }

  async search(
    query: ServiceSearchQueryDto,
    viewer: RegistryViewer = PUBLIC_VIEWER,
  ): Promise<Page<ServiceEntryDto>> {
    const statuses = query.status ?? IN_REGISTRY;
    if (statuses.includes('draft') && !viewer.seesDrafts) {
      throw serviceError(ServiceErrorCode.DraftsHidden, 'status=draft is for the public-services authority');
    }
    const { skip, take } = pageRows(query);
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const tsquery = query.q ? prefixQuery(query.q) : null;
    const codePattern = query.q ? codePrefixPattern(query.q) : null;
    let rank = '0';
    if (tsquery) {
      const q = param(tsquery);
      const text = `registry_match_vector(s.names, s.details) @@ (to_tsquery('simple', ${q}) || to_tsquery('russian', ${q}))`;
      rank = `ts_rank(s.rank_vector, to_tsquery('simple', ${q}))`;
      if (codePattern) {
        // A code match ranks above any text match (ts_rank stays below 1).
        const code = param(codePattern);
        where.push(`(lower(s.code) LIKE ${code} OR ${text})`);
        rank = `(CASE WHEN lower(s.code) LIKE ${code} THEN 1 ELSE 0 END + ${rank})`;
      } else {
        where.push(`(${text})`);
      }
    }
    if (query.sphere) {
      const sphere = param(query.sphere);
      where.push(`(s.classifier_code = ${sphere} OR s.classifier_code LIKE ${sphere} || '.%')`);
    }
    if (query.ownerId) where.push(`s.owner_id = ${param(query.ownerId)}`);
    if (query.providerId) where.push(`s.provider_ids @> ARRAY[${param(query.providerId)}]::uuid[]`);
    if (query.channel) where.push(`s.channels @> ARRAY[${param(query.channel)}]::text[]`);
    if (query.recipientType) where.push(`s.recipient_types @> ARRAY[${param(query.recipientType)}]::text[]`);
    if (query.form) where.push(`s.delivery_form = ${param(query.form)}`);
    if (query.paid !== undefined) where.push(`s.paid = ${param(query.paid)}`);
    // The default set is written out, not bound, so the planner can use the indexes over exactly it.
    where.push(
      query.status
        ? `s.status = ANY(${param(statuses)}::text[])`
        : `s.status IN (${IN_REGISTRY.map((status) => `'${status}'`).join(', ')})`,
    );
    const filter = `WHERE ${where.join(' AND ')}`;
    const filterParams = [...params];

    const sort = query.sort ?? (tsquery ? 'relevance' : 'code');
    const direction = query.order === 'desc' ? 'DESC' : query.order === 'asc' ? 'ASC' : undefined;
    const orderBy =
      sort === 'relevance'
        ? `${rank} ${direction ?? 'DESC'}, s.code COLLATE "C" ASC`
        : `${sortColumns[sort]} ${direction ?? 'ASC'}, s.service_id ${direction ?? 'ASC'}`;
    // The page stops at its last row and the count reads no more than it must; they run at once, on two
    // connections. The page's full rows are read from the entries after the limit.
    const sql = `
      WITH page AS MATERIALIZED (
        SELECT s.service_id AS id FROM service_search s ${filter}
        ORDER BY ${orderBy}
        LIMIT ${param(take)} OFFSET ${param(skip)}
      ), numbered AS (SELECT id, row_number() OVER () AS n FROM page)
      SELECT ${this.columns}
      FROM numbered JOIN service_entry e ON e.id = numbered.id
      ORDER BY numbered.n`;
    const [rows, { total, revision }] = await Promise.all([
      this.dataSource.query<RawRow[]>(sql, params),
      this.count(filter, filterParams),
    ]);
    if (rows.length === 0) return pageOf(query, [], total);
    const references = await this.references.references(
      this.dataSource.manager,
      revision,
      rows.map(contentOfRow),
    );
    return pageOf(
      query,
      rows.map((row) => toServiceEntryDto(headerOf(row), contentOfRow(row), references)),
      total,
    );
  }

  /** The number of entries the filter selects, and the revision of the names results show (ReferenceCache). */
  private async count(filter: string, params: unknown[]): Promise<{ total: number; revision: bigint }> {
    const [row] = await this.dataSource.query<Array<{ total: string; revision: string }>>(
      `SELECT count(*) AS total, (SELECT revision FROM registry_reference_revision) AS revision
       FROM service_search s ${filter}`,
      params,
    );
    return { total: Number(row?.total ?? 0), revision: BigInt(row?.revision ?? 0) };
  }
}
