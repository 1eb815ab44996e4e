import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Art. 18: a fee paid, as the payment gateway reported it. The gateway's payment id is unique. */
@Entity({ name: 'payment' })
export class Payment {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  applicationId!: string;

  /** The payment gateway's own id: a notice repeated with it is the same payment. */
  @Column('text')
  gatewayPaymentId!: string;

  @Column('int')
  amountKzt!: number;

  @Column('timestamptz')
  paidAt!: Date;

  @Column('timestamptz')
  receivedAt!: Date;
}
