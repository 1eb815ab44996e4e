/**
 * Where one body's Art. 17.2 update stands: `pending` within the three working days, `overdue` past them
 * unconfirmed, `confirmed` within them (by the update's own date), `confirmed_late` after them.
 */
export const informationUpdateStatuses = ['pending', 'overdue', 'confirmed', 'confirmed_late'] as const;
export type InformationUpdateStatus = (typeof informationUpdateStatuses)[number];

export function informationUpdateStatus(
  update: { updatedOn: string | null },
  dueDate: string,
  dueAt: Date,
  now: Date,
): InformationUpdateStatus {
  if (update.updatedOn !== null) return update.updatedOn > dueDate ? 'confirmed_late' : 'confirmed';
  return now > dueAt ? 'overdue' : 'pending';
}
