import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@kzps/auth';
import { PaymentNoticeDto, type PaymentView } from './dto/payment-notice.dto';
import { FeesService } from './fees.service';

export const PAYMENT_TIMESTAMP_HEADER = 'x-payment-timestamp';
export const PAYMENT_SIGNATURE_HEADER = 'x-payment-signature';

@ApiTags('fees')
@Controller('api/v1/applications/:id/payments')
export class FeesController {
  constructor(private readonly fees: FeesService) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: "The payment gateway's notice that the fee was paid (Art. 18): signed, replay-safe, idempotent",
    description:
      'No token: the gateway signs HMAC-SHA256 with the shared secret over ' +
      '`timestamp.applicationId.paymentId.amountKzt.paidAt` (hexadecimal). A notice older or newer than ' +
      'PAYMENT_CALLBACK_WINDOW_S is refused; the same payment again answers as the first time.',
  })
  @ApiHeader({ name: PAYMENT_TIMESTAMP_HEADER, description: 'Unix time in seconds when the gateway sent it' })
  @ApiHeader({ name: PAYMENT_SIGNATURE_HEADER, description: 'HMAC-SHA256, hexadecimal' })
  record(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() notice: PaymentNoticeDto,
    @Headers(PAYMENT_TIMESTAMP_HEADER) timestamp: string | undefined,
    @Headers(PAYMENT_SIGNATURE_HEADER) signature: string | undefined,
  ): Promise<PaymentView> {
    return this.fees.record(id, notice, timestamp, signature);
  }
}
