import type { EntityManager } from 'typeorm';
import type { ClassifierRefDto, OrganizationRefDto } from '../dto/service-entry-response.dto';
import type { ServiceEntryContent } from '../service-entry.entity';
import { EntryReferences, referencedIds } from '../service-entry.mapper';

/**
 * The names of organisations and classifier positions that search results show, kept by this replica while
 * the directory is unchanged. Every write to `organization` or `classifier_node` moves the
 * `registry_reference_revision` in its own transaction (migration 1764500000000); a search reads the revision
 * with its count, so a cached name is used only while it is still the name in the database, whichever
 * replica wrote the change. A page of results then needs no second round trip for the names it shows.
 */
export class ReferenceCache {
  private revision = -1n;
  private readonly organizations = new Map<string, OrganizationRefDto>();
  private readonly classifier = new Map<string, ClassifierRefDto>();

  async references(
    manager: EntityManager,
    revision: bigint,
    contents: ServiceEntryContent[],
  ): Promise<EntryReferences> {
    // A request that read an older revision than the cache holds reads for itself and keeps nothing.
    if (revision < this.revision) return EntryReferences.load(manager, contents);
    if (revision > this.revision) {
      this.revision = revision;
      this.organizations.clear();
      this.classifier.clear();
    }
    const ids = referencedIds(contents);
    // Taken before any await: another request may move the cache to a newer revision meanwhile.
    const organizations = this.known(ids.organizationIds, this.organizations);
    const classifier = this.known(ids.classifierCodes, this.classifier);
    const missing = {
      organizationIds: ids.organizationIds.filter((id) => !this.organizations.has(id)),
      classifierCodes: ids.classifierCodes.filter((code) => !this.classifier.has(code)),
    };
    if (missing.organizationIds.length > 0 || missing.classifierCodes.length > 0) {
      const read = await EntryReferences.read(manager, missing);
      if (this.revision === revision) {
        read.organizations.forEach((o) => this.organizations.set(o.id, o));
        read.classifier.forEach((node) => this.classifier.set(node.code, node));
      }
      organizations.push(...read.organizations);
      classifier.push(...read.classifier);
    }
    return EntryReferences.of(organizations, classifier);
  }

  private known<T>(keys: string[], map: Map<string, T>): T[] {
    return keys.flatMap((key) => {
      const value = map.get(key);
      return value === undefined ? [] : [value];
    });
  }
}
