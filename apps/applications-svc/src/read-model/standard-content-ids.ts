import { createHash } from 'node:crypto';

/**
 * The id of a standard version's n-th document or refusal ground. standards-svc publishes them as lists;
 * an operator names the documents presented and an officer the ground of a refusal by these ids. Derived
 * from the version id, so every replica and every replay gives the same id, and an id of another version
 * (another standard, or an older version of this one) is never mistaken for one of this version's.
 */
export function standardItemId(
  versionId: string,
  list: 'documents' | 'refusal-grounds',
  index: number,
): string {
  const hex = createHash('sha256').update(`${versionId}/${list}/${index}`).digest('hex');
  // Shaped as a name-based UUID (version 5 layout, RFC 9562) so it fits uuid columns and validation.
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
