import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the test handlers write: one row per applied event, with the per-key sequence it carried. */
@Entity({ name: 'applied_item' })
export class AppliedItem {
  @PrimaryColumn({ type: 'varchar', name: 'event_id' })
  eventId!: string;

  @Column({ type: 'varchar', name: 'item_key' })
  itemKey!: string;

  @Column({ type: 'int', name: 'seq' })
  seq!: number;

  @Column({ type: 'timestamptz', name: 'applied_at', default: () => 'now()' })
  appliedAt!: Date;
}

export const APPLIED_ITEM_DDL = `
  CREATE TABLE IF NOT EXISTS applied_item (
    event_id varchar PRIMARY KEY,
    item_key varchar NOT NULL,
    seq int NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`;
