/**
 * The life of one version of a standard (Art. 7, 9): drafting → public discussion → revision → agreement →
 * registration with the Ministry of Justice → registered, awaiting its official publication and its day → in
 * force → superseded or cancelled. A version being worked on when the registry excludes the service is closed
 * (Art. 6.1): it never comes into force.
 */
export const versionStatuses = [
  'drafting',
  'discussion',
  'revision',
  'agreement',
  'registration',
  'registered',
  'in_force',
  'superseded',
  'cancelled',
  'closed',
] as const;
export type VersionStatus = (typeof versionStatuses)[number];

/** Adoption of the first version, an amendment, or a cancellation: all take the same path (Art. 7.5). */
export const versionKinds = ['adoption', 'amendment', 'cancellation'] as const;
export type VersionKind = (typeof versionKinds)[number];

/** Art. 7.5: why a standard is adopted, changed or cancelled. */
export const basisKinds = [
  'owner_discretion',
  'quality_authority_recommendation',
  'informatization_authority_recommendation',
  'public_monitoring',
  'complaint_review',
] as const;
export type BasisKind = (typeof basisKinds)[number];

/** Versions being worked on; at most one per standard. */
export const workingStatuses: readonly VersionStatus[] = [
  'drafting',
  'discussion',
  'revision',
  'agreement',
  'registration',
  'registered',
];

/** The draft content may change only in these stages. */
export const editableStatuses: readonly VersionStatus[] = ['drafting', 'revision'];
