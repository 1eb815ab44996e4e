import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@kzps/auth';
import { ApiProblems } from '@kzps/platform';
import { ApiApplicationId, exampleBody, examplePayment } from '../api/api-examples';
import { onApplication, problem } from '../api/api-problems';
import { ApplicationsErrorCode as Code } from '../applications/applications.errors';
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
  @ApiApplicationId()
  @ApiBody({
    type: PaymentNoticeDto,
    examples: {
      paid: {
        summary: 'The fee the standard sets, paid through the gateway',
        value: { paymentId: examplePayment.paymentId, amountKzt: 2_500, paidAt: examplePayment.paidAt },
      },
    },
  })
  @ApiOkResponse(exampleBody(examplePayment))
  @ApiProblems(
    ...onApplication,
    problem(Code.PAYMENT_SIGNATURE_INVALID),
    problem(Code.PAYMENT_ID_REUSED),
    problem(Code.FEE_NOT_DUE),
    problem(Code.FEE_AMOUNT_MISMATCH),
    problem(Code.FEE_ALREADY_PAID),
  )
  @ApiOperation({
    summary: "The payment gateway's notice that the fee was paid (Art. 18): signed, replay-safe, idempotent",
    description:
      'No token: the gateway signs HMAC-SHA256 with the shared secret over ' +
      '`timestamp.applicationId.paymentId.amountKzt.paidAt` (hexadecimal). A notice older or newer than ' +
      'PAYMENT_CALLBACK_WINDOW_S is refused; the same payment again answers as the first time.',
  })
  @ApiHeader({
    name: PAYMENT_TIMESTAMP_HEADER,
    description: 'Unix time in seconds when the gateway sent it',
    example: '1773987300',
  })
  @ApiHeader({
    name: PAYMENT_SIGNATURE_HEADER,
    description: 'HMAC-SHA256, hexadecimal',
    example: '3f6c0e2a9b8d7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e',
  })
  record(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() notice: PaymentNoticeDto,
    @Headers(PAYMENT_TIMESTAMP_HEADER) timestamp: string | undefined,
    @Headers(PAYMENT_SIGNATURE_HEADER) signature: string | undefined,
  ): Promise<PaymentView> {
    return this.fees.record(id, notice, timestamp, signature);
  }
}
