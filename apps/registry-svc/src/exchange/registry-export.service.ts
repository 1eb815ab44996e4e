import { Injectable } from '@nestjs/common';
import { toCsv } from '@kzps/platform';
import { DataSource, In } from 'typeorm';
import type { ServiceEntryDto } from '../services/dto/service-entry-response.dto';
import { RegistryEntriesService } from '../services/registry-entries.service';
import type { RegistryViewer } from '../services/registry-viewer';
import { IN_REGISTRY } from '../services/search/registry-search.service';
import { contentOfRow, headerOf } from '../services/service-entry.content';
import { ServiceEntry } from '../services/service-entry.entity';
import { EntryReferences, toServiceEntryDto } from '../services/service-entry.mapper';
import { cpsvGraphOf, toCpsv } from './cpsv.mapper';
import { entryToCsvRow, registryCsvColumns } from './registry-csv';

@Injectable()
export class RegistryExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entries: RegistryEntriesService,
  ) {}

  /** The registry: the entries in it now (included, amended), ordered by code; no drafts, no excluded. */
  async all(): Promise<ServiceEntryDto[]> {
    const rows = await this.dataSource
      .getRepository(ServiceEntry)
      .find({ where: { status: In([...IN_REGISTRY]) }, order: { code: 'ASC' } });
    const references = await EntryReferences.load(this.dataSource.manager, rows.map(contentOfRow));
    return rows.map((row) => toServiceEntryDto(headerOf(row), contentOfRow(row), references));
  }

  /** Cells are neutralised against formula injection: the file is opened in spreadsheets. */
  async csv(): Promise<string> {
    return toCsv(registryCsvColumns, (await this.all()).map(entryToCsvRow));
  }

  async cpsvGraph(): Promise<Record<string, unknown>> {
    return cpsvGraphOf(await this.all());
  }

  async cpsvOf(id: string, viewer: RegistryViewer, asOf?: string): Promise<Record<string, unknown>> {
    return toCpsv(asOf ? await this.entries.asOf(id, asOf, viewer) : await this.entries.get(id, viewer));
  }
}
