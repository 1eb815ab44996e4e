import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsString, Matches, Max, Min } from 'class-validator';

/** The payment gateway's notice that a fee was paid (Art. 18). */
export class PaymentNoticeDto {
  @ApiProperty({ example: 'EPAY-2026-0000123456', description: "The gateway's id of the payment" })
  @IsString()
  @Matches(/^[\w.:-]{1,100}$/, { message: 'paymentId must be 1-100 letters, digits or . : _ -' })
  paymentId!: string;

  @ApiProperty({ example: 2_500, description: 'Tenge' })
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  amountKzt!: number;

  @ApiProperty({ example: '2026-03-20T06:15:00.000Z' })
  @IsISO8601({ strict: true })
  paidAt!: string;
}

/** Art. 18: a payment as the application shows it. */
export interface PaymentView {
  paymentId: string;
  amountKzt: number;
  paidAt: string;
  receivedAt: string;
}
