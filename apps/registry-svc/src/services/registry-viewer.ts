import type { Identity } from '@kzps/auth';
import { REGISTRY_WRITERS } from '../common/registry-roles';

/**
 * Who is reading. Art. 6.3-6.4: a draft is not in the registry until a Government decree includes it, so
 * only the public-services authority that prepares drafts sees them; everyone else reads the registry.
 */
export interface RegistryViewer {
  seesDrafts: boolean;
}

export const PUBLIC_VIEWER: RegistryViewer = { seesDrafts: false };
export const AUTHORITY_VIEWER: RegistryViewer = { seesDrafts: true };

export function viewerOf(identity: Identity | undefined): RegistryViewer {
  const seesDrafts = identity?.roles.some((role) => REGISTRY_WRITERS.includes(role)) ?? false;
  return seesDrafts ? AUTHORITY_VIEWER : PUBLIC_VIEWER;
}
