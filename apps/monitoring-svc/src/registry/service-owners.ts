/**
 * The SQL condition on an `organization_ref` row (aliased `alias`) that it is a service owner as the registry
 * names it today: active, with the `service-owner` role. Every list of owners in breach (surveys, internal
 * control, annual reports) starts from these, so an owner with no application yet is listed too.
 */
export function isActiveServiceOwner(alias: string): string {
  return `${alias}.active AND 'service-owner' = ANY(${alias}.roles)`;
}
