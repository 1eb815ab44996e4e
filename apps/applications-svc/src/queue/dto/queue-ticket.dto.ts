import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';
import { queueWaitPurposes, type QueueWaitPurpose } from '@kzps/contracts';

/** A PSC queue terminal's ticket: when it was issued and when the recipient was called (Art. 8.9). */
export class QueueTicketDto {
  @ApiProperty({
    example: 'A-0147',
    description: "The terminal's number of the ticket (one record per ticket)",
  })
  @Matches(/^[\w.-]{1,40}$/, { message: 'ticketNumber must be 1-40 letters, digits or . _ -' })
  ticketNumber!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  serviceId!: string;

  @ApiProperty({ enum: queueWaitPurposes })
  @IsIn(queueWaitPurposes)
  purpose!: QueueWaitPurpose;

  @ApiProperty({ example: '2026-03-19T04:40:00.000Z' })
  @IsISO8601({ strict: true })
  issuedAt!: string;

  @ApiProperty({ example: '2026-03-19T05:02:00.000Z' })
  @IsISO8601({ strict: true })
  calledAt!: string;
}

export interface QueueTicketView {
  id: string;
  ticketNumber: string;
  serviceId: string;
  purpose: QueueWaitPurpose;
  issuedAt: string;
  calledAt: string;
  waitMinutes: number;
  maximumMinutes: number;
  exceeded: boolean;
}
