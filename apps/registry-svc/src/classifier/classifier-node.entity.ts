import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A position of the classification of public services (Art. 6.4: set by the Government): a sphere
 * ("01") or a sub-sphere ("01.02"). The code carries the path, so filtering by a sphere is a prefix match.
 */
@Entity({ name: 'classifier_node' })
export class ClassifierNode {
  @PrimaryColumn('text')
  code!: string;

  @Column('text', { nullable: true })
  parentCode!: string | null;

  @Column('text')
  nameKk!: string;

  @Column('text')
  nameRu!: string;

  @Column('int')
  position!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
