import type { StandardContent } from './standard-content';

export interface ContentChange {
  /** A JSON path into the content, e.g. `term.value` or `documents[2].name.ru`. */
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function walk(path: string, before: Json | undefined, after: Json | undefined, out: ContentChange[]): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    out.push({ path, change: 'added', after });
    return;
  }
  if (after === undefined) {
    out.push({ path, change: 'removed', before });
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i += 1) walk(`${path}[${i}]`, before[i], after[i], out);
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(path ? `${path}.${key}` : key, before[key], after[key], out);
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, change: 'changed', before, after });
}

/** Item-by-item changes between two versions of a standard's content, for the version history. */
export function diffContent(before: StandardContent, after: StandardContent): ContentChange[] {
  const out: ContentChange[] = [];
  walk('', JSON.parse(JSON.stringify(before)) as Json, JSON.parse(JSON.stringify(after)) as Json, out);
  return out;
}
