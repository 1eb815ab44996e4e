import type { Bilingual } from '@kzps/platform';

/** The acts by which a central state body approves a standard (Art. 7.1): its head's order, or a joint one. */
export const approvingActKinds = ['order', 'joint_order'] as const;
export type ApprovingActKind = (typeof approvingActKinds)[number];

/**
 * The central body's act approving a version of the standard (Art. 7.1). `date` is the act's own date: the
 * Art. 7.1 term is met on it and the Art. 10.1 term runs from it. `recordedAt` and `recordedBy` say when and
 * by whom it was entered here, so an act recorded after its date is on record as such.
 */
export interface ApprovingAct {
  kind: ApprovingActKind;
  number: string;
  date: string;
  title: Bilingual;
  /**
   * The day the act states it enters into force, when it states one (Law "On legal acts"); absent, it enters
   * into force ten calendar days after its first official publication. Acts recorded before this have none.
   */
  inForceOn?: string | null;
  recordedAt: string;
  recordedBy: string;
}
