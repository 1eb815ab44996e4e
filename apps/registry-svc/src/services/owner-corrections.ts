import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pageOf, pageRows, type Page, type PageQueryDto } from '@kzps/platform';
import type { OwnerCorrectionDto } from './dto/owner-correction.dto';

interface CorrectionRow {
  service_id: string;
  code: string;
  version: number | null;
  former_owner_id: string;
  name_kk: string;
  name_ru: string;
  added_to_providers: boolean;
  corrected_at: Date;
  total: string;
}

/**
 * The report the D25 migration wrote (`owner_correction`): the entries whose owner it left unnamed, so the
 * public-services authority knows which ones await an act naming the central state body (Art. 6.3, 7.1).
 */
@Injectable()
export class OwnerCorrections {
  constructor(private readonly dataSource: DataSource) {}

  async page(query: PageQueryDto): Promise<Page<OwnerCorrectionDto>> {
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<CorrectionRow[]>(
      `SELECT c.service_id, c.code, c.version, c.former_owner_id, o.name_kk, o.name_ru, c.added_to_providers,
              c.corrected_at, count(*) OVER () AS total
         FROM owner_correction c JOIN organization o ON o.id = c.former_owner_id
        ORDER BY c.code, c.version NULLS FIRST, c.id
        LIMIT $1 OFFSET $2`,
      [take, skip],
    );
    const total = rows[0] ? Number(rows[0].total) : await this.count();
    return pageOf(
      query,
      rows.map((r) => ({
        serviceId: r.service_id,
        code: r.code,
        version: r.version,
        formerOwnerId: r.former_owner_id,
        formerOwnerName: { kk: r.name_kk, ru: r.name_ru },
        addedToProviders: r.added_to_providers,
        correctedAt: r.corrected_at.toISOString(),
      })),
      total,
    );
  }

  /** The total when the page asked for lies past the last row. */
  private async count(): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM owner_correction',
    );
    return row?.n ?? 0;
  }
}
