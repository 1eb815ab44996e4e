import type { Role } from '@kzps/auth';

/** Art. 6.3: the registry is drafted and kept by the public-services authority. */
export const REGISTRY_WRITERS: Role[] = ['public-services-authority'];

/** Government transfers of days off are recorded by an administrator. */
export const CALENDAR_WRITERS: Role[] = ['admin'];

/** Authority roles are assigned by the platform administrator on the designating act (D38). */
export const AUTHORITY_DESIGNATORS: Role[] = ['admin'];
