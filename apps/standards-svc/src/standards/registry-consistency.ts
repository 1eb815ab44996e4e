import type { ServiceRef } from '../read-model/service-ref.entity';
import type { StandardContent } from './standard-content';
import { standardsError, StandardsErrorCode } from './standards.errors';

/** An item of the draft that names an organisation the registry does not (Art. 6.2 against Art. 8.1-8.2). */
export interface RegistryMismatch {
  item: 'owner' | 'providers';
  article: '8.1' | '8.2';
  /** Where in the draft: `owner.organizationId`, `providers[1].organizationId`. */
  path: string;
  value: string;
  /** What the registry has: the owner, or the service's providers. */
  registry: string | string[];
}

/**
 * The owner and providers a draft names must be the ones the registry holds for the service: the standard
 * in force tells applications-svc who delivers the service, and that must not disagree with the registry.
 */
export function registryMismatches(content: StandardContent, service: ServiceRef): RegistryMismatch[] {
  const mismatches: RegistryMismatch[] = [];
  if (content.owner && service.ownerId && content.owner.organizationId !== service.ownerId) {
    mismatches.push({
      item: 'owner',
      article: '8.2',
      path: 'owner.organizationId',
      value: content.owner.organizationId,
      registry: service.ownerId,
    });
  }
  (content.providers ?? []).forEach((provider, index) => {
    if (provider.organizationId && !service.providerIds.includes(provider.organizationId)) {
      mismatches.push({
        item: 'providers',
        article: '8.1',
        path: `providers[${index}].organizationId`,
        value: provider.organizationId,
        registry: service.providerIds,
      });
    }
  });
  return mismatches;
}

export function assertAgreesWithRegistry(content: StandardContent, service: ServiceRef): void {
  const mismatches = registryMismatches(content, service);
  if (mismatches.length > 0) {
    throw standardsError(
      StandardsErrorCode.ContentDisagreesWithRegistry,
      mismatches.map((m) => `${m.path} (Art. ${m.article}): ${m.value} is not in the registry`).join('; '),
      { mismatches },
    );
  }
}
