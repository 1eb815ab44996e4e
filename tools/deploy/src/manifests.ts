import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { ensureKubectl, repoRoot } from './kubectl';

/** A rendered Kubernetes object, as much of it as the checks read. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
  [field: string]: unknown;
}

export const overlays = readdirSync(join(repoRoot, 'k8s', 'overlays')).sort();

const rendered = new Map<string, K8sObject[]>();

/** `kubectl kustomize k8s/overlays/<overlay>`, parsed (rendered once per test file). */
export function render(overlay: string): K8sObject[] {
  const cached = rendered.get(overlay);
  if (cached) return cached;
  const text = execFileSync(ensureKubectl(), ['kustomize', join(repoRoot, 'k8s', 'overlays', overlay)], {
    encoding: 'utf8',
  });
  const objects = parseAllDocuments(text).map((document) => document.toJS() as K8sObject);
  rendered.set(overlay, objects);
  return objects;
}

/**
 * Schema problems of each set of objects (see validate-objects.mjs), as `<Kind>/<name>: <problem>` lines; all
 * sets in one child process, as loading the validators is the slow part.
 */
export function schemaProblems(sets: Record<string, readonly K8sObject[]>): Record<string, string[]> {
  const output = execFileSync(process.execPath, [join(repoRoot, 'tools', 'deploy', 'validate-objects.mjs')], {
    input: JSON.stringify(sets),
    encoding: 'utf8',
  });
  return JSON.parse(output) as Record<string, string[]>;
}

export function ofKind(objects: readonly K8sObject[], kind: string): K8sObject[] {
  return objects.filter((object) => object.kind === kind);
}

export function named(objects: readonly K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind}/${name} in the rendered manifests`);
  return found;
}

export function readRepoFile(...path: string[]): string {
  return readFileSync(join(repoRoot, ...path), 'utf8');
}

/** A compose service, as much of it as the checks read. */
export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string | number>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }> | string[];
  [field: string]: unknown;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/** docker-compose.yml with its anchors and merge keys resolved, as Compose reads it. */
export function composeFile(): ComposeFile {
  return parse(readRepoFile('docker-compose.yml'), { merge: true }) as ComposeFile;
}

/** The six apps, each with its port (the same in compose, k8s and the embedded run). */
export const apps = {
  gateway: 3000,
  'registry-svc': 3001,
  'standards-svc': 3002,
  'applications-svc': 3003,
  'complaints-svc': 3004,
  'monitoring-svc': 3005,
} as const;

export type AppName = keyof typeof apps;
export const appNames = Object.keys(apps) as AppName[];
