import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pageOf, type Page } from '../../common/page.dto';
import type { ServiceEntryDto } from '../dto/service-entry-response.dto';
import { PUBLIC_VIEWER, type RegistryViewer } from '../registry-viewer';
import { contentOfRow, headerOf } from '../service-entry.content';
import { ServiceEntry } from '../service-entry.entity';
import type { ServiceStatus } from '../service-entry.enums';
import { EntryReferences, toServiceEntryDto } from '../service-entry.mapper';
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

const sortColumns: Record<Exclude<SortKey, 'relevance'>, string> = {
  code: 'e.code',
  nameRu: 'e.name_ru',
  nameKk: 'e.name_kk',
  includedAt: 'e.included_at',
  updatedAt: 'e.updated_at',
};

type RawRow = ServiceEntry & { total: string };

/**
 * Full-text search over Kazakh and Russian names and descriptions. PostgreSQL has no Kazakh dictionary, so
 * the 'simple' configuration (no stemming) matches Kazakh words and prefixes, and the 'russian' one adds
 * Russian stemming ("рождения" finds "рождение"). Both vectors are GIN-indexed generated columns.
 */
@Injectable()
export class RegistrySearchService {
  /** Every mapped column under its property name; dates as text, like TypeORM reads them. */
  private readonly columns: string;

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
    const { page, size, offset } = pageOf(query);
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
      const text = `e.search_simple @@ to_tsquery('simple', ${q}) OR e.search_russian @@ to_tsquery('russian', ${q})`;
      // Ranked on the names' own small vector (migration 1764200000000): ranking runs on every matching
      // row, and on the full vectors it was most of a broad query's time. Description-only matches rank last.
      rank = `ts_rank(e.search_rank, to_tsquery('simple', ${q}))`;
      if (codePattern) {
        // A code match ranks above any text match (ts_rank stays below 1).
        const code = param(codePattern);
        where.push(`(lower(e.code) LIKE ${code} OR ${text})`);
        rank = `(CASE WHEN lower(e.code) LIKE ${code} THEN 1 ELSE 0 END + ${rank})`;
      } else {
        where.push(`(${text})`);
      }
    }
    if (query.sphere) {
      const sphere = param(query.sphere);
      where.push(`(e.classifier_code = ${sphere} OR e.classifier_code LIKE ${sphere} || '.%')`);
    }
    if (query.ownerId) where.push(`e.owner_id = ${param(query.ownerId)}`);
    if (query.providerId) where.push(`e.provider_ids @> ARRAY[${param(query.providerId)}]::uuid[]`);
    if (query.channel) where.push(`e.channels @> ARRAY[${param(query.channel)}]::text[]`);
    if (query.recipientType) where.push(`e.recipient_types @> ARRAY[${param(query.recipientType)}]::text[]`);
    if (query.form) where.push(`e.delivery_form = ${param(query.form)}`);
    if (query.paid !== undefined) where.push(`e.paid = ${param(query.paid)}`);
    where.push(`e.status = ANY(${param(statuses)}::text[])`);

    const sort = query.sort ?? (tsquery ? 'relevance' : 'code');
    const direction = query.order === 'desc' ? 'DESC' : query.order === 'asc' ? 'ASC' : undefined;
    const orderBy =
      sort === 'relevance'
        ? `${rank} ${direction ?? 'DESC'}, e.code ASC`
        : `${sortColumns[sort]} ${direction ?? 'ASC'} NULLS LAST, e.id ASC`;
    // The window count runs over ids only; the page's full rows are joined after the limit, so one round
    // trip brings the page and the total.
    const sql = `
      WITH page AS MATERIALIZED (
        SELECT e.id, count(*) OVER () AS total
        FROM service_entry e
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${orderBy}
        LIMIT ${param(size)} OFFSET ${param(offset)}
      ), numbered AS (SELECT id, total, row_number() OVER () AS n FROM page)
      SELECT ${this.columns}, numbered.total
      FROM numbered JOIN service_entry e ON e.id = numbered.id
      ORDER BY numbered.n`;
    const raw = await this.dataSource.query<RawRow[]>(sql, params);
    const total = raw.length > 0 ? Number(raw[0]?.total) : await this.countBeyondLastPage(where, params);
    if (raw.length === 0) return { items: [], total, page, size };
    // One round trip: the page's rows come with the count; only the referenced names are read after.
    const ordered = raw.map(({ total: _total, ...row }) => row);
    const references = await EntryReferences.load(this.dataSource.manager, ordered.map(contentOfRow));
    return {
      items: ordered.map((row) => toServiceEntryDto(headerOf(row), contentOfRow(row), references)),
      total,
      page,
      size,
    };
  }

  /** A page past the end has no rows to carry the window count; count separately. */
  private async countBeyondLastPage(where: string[], params: unknown[]): Promise<number> {
    const filterParams = params.slice(0, params.length - 2);
    const [row] = await this.dataSource.query<Array<{ total: string }>>(
      `SELECT count(*) AS total FROM service_entry e ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`,
      filterParams,
    );
    return Number(row?.total ?? 0);
  }
}
