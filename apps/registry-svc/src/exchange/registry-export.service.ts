import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ServiceEntryDto } from '../services/dto/service-entry-response.dto';
import { ServiceEntry } from '../services/service-entry.entity';
import { contentOfRow, headerOf, RegistryEntriesService } from '../services/registry-entries.service';
import { EntryReferences, toServiceEntryDto } from '../services/service-entry.mapper';
import { toCsv } from './csv';
import { cpsvContext, toCpsv } from './cpsv.mapper';
import { entryToCsvRow, registryCsvColumns } from './registry-csv';

@Injectable()
export class RegistryExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entries: RegistryEntriesService,
  ) {}

  /** The whole registry (every status), ordered by code. */
  async all(): Promise<ServiceEntryDto[]> {
    const rows = await this.dataSource.getRepository(ServiceEntry).find({ order: { code: 'ASC' } });
    const references = await EntryReferences.load(this.dataSource.manager, rows.map(contentOfRow));
    return rows.map((row) => toServiceEntryDto(headerOf(row), contentOfRow(row), references));
  }

  async csv(): Promise<string> {
    return toCsv(registryCsvColumns, (await this.all()).map(entryToCsvRow));
  }

  async cpsvGraph(): Promise<Record<string, unknown>> {
    const graph = (await this.all()).map((entry) => {
      const { '@context': _context, ...node } = toCpsv(entry);
      return node;
    });
    return { '@context': cpsvContext, '@graph': graph };
  }

  async cpsvOf(id: string, asOf?: string): Promise<Record<string, unknown>> {
    return toCpsv(await this.entries.get(id, asOf));
  }
}
