import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { recordAudit, systemActor } from '@kzps/audit';
import { ApplicationsEventTypes } from '@kzps/contracts';
import { Clock } from '@kzps/platform';
import { DataSource } from 'typeorm';
import { applicationsError, ApplicationsErrorCode } from '../applications/applications.errors';
import { ApplicationsConfig } from '../config';
import { ApplicationEvents, factsOf } from '../events/application-events';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { Transitions } from '../lifecycle/transitions';
import type { PaymentNoticeDto, PaymentView } from './dto/payment-notice.dto';
import { Payment } from './payment.entity';
import { isPaymentSignature, paymentSignedText } from './payment-signature';

const gateway = systemActor('payment-gateway');

export function paymentView(payment: Payment): PaymentView {
  return {
    paymentId: payment.gatewayPaymentId,
    amountKzt: payment.amountKzt,
    paidAt: payment.paidAt.toISOString(),
    receivedAt: payment.receivedAt.toISOString(),
  };
}

/** Art. 18: fees only where the pinned standard sets one, in that amount, recorded from the gateway. */
@Injectable()
export class FeesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: ApplicationsConfig,
    private readonly transitions: Transitions,
    private readonly lifecycle: LifecycleService,
    private readonly events: ApplicationEvents,
  ) {}

  /**
   * Records the gateway's notice. Only a notice signed with the shared secret and sent within the window
   * counts; the same payment again is answered as recorded the first time (idempotent), the same payment id
   * with other details is refused. An electronic result waiting for the fee is issued with it.
   */
  async record(
    applicationId: string,
    notice: PaymentNoticeDto,
    timestamp: string | undefined,
    signature: string | undefined,
  ): Promise<PaymentView> {
    const now = this.clock.now();
    this.assertSigned(applicationId, notice, timestamp, signature, now);
    return this.dataSource.transaction(async (manager) => {
      const application = await this.transitions.lockedApplication(manager, applicationId);
      const earlier = await manager.findOne(Payment, { where: { gatewayPaymentId: notice.paymentId } });
      if (earlier) {
        const same =
          earlier.applicationId === applicationId &&
          earlier.amountKzt === notice.amountKzt &&
          earlier.paidAt.getTime() === new Date(notice.paidAt).getTime();
        if (!same) throw applicationsError(ApplicationsErrorCode.PAYMENT_ID_REUSED);
        return paymentView(earlier);
      }
      if (application.feeKzt === null) throw applicationsError(ApplicationsErrorCode.FEE_NOT_DUE);
      if (notice.amountKzt !== application.feeKzt) {
        throw applicationsError(ApplicationsErrorCode.FEE_AMOUNT_MISMATCH, undefined, {
          feeKzt: application.feeKzt,
        });
      }
      if (application.paidAt) throw applicationsError(ApplicationsErrorCode.FEE_ALREADY_PAID);
      const payment = manager.create(Payment, {
        id: randomUUID(),
        applicationId,
        gatewayPaymentId: notice.paymentId,
        amountKzt: notice.amountKzt,
        paidAt: new Date(notice.paidAt),
        receivedAt: now,
      });
      await manager.insert(Payment, payment);
      application.paidAt = payment.paidAt;
      application.updatedAt = now;
      await manager.save(application);
      await this.events.append(manager, {
        type: ApplicationsEventTypes.feePaid,
        subject: applicationId,
        time: payment.paidAt,
        data: {
          ...factsOf(application),
          paymentId: payment.gatewayPaymentId,
          amountKzt: payment.amountKzt,
          paidAt: payment.paidAt.toISOString(),
        },
      });
      await recordAudit(manager, {
        actor: gateway,
        action: 'application.fee-paid',
        resourceType: 'application',
        resourceId: applicationId,
        occurredAt: now,
      });
      if (application.channel === 'electronic' && application.status === 'result_ready') {
        await this.lifecycle.issue(manager, application, systemActor('applications-svc'), now);
      }
      return paymentView(payment);
    });
  }

  private assertSigned(
    applicationId: string,
    notice: PaymentNoticeDto,
    timestamp: string | undefined,
    signature: string | undefined,
    now: Date,
  ): void {
    const sentAt = timestamp && /^\d{1,12}$/.test(timestamp) ? Number(timestamp) * 1000 : NaN;
    const fresh = Math.abs(now.getTime() - sentAt) <= this.config.PAYMENT_CALLBACK_WINDOW_S * 1000;
    const text = paymentSignedText(timestamp ?? '', applicationId, notice);
    if (!fresh || !signature || !isPaymentSignature(this.config.PAYMENT_CALLBACK_SECRET, text, signature)) {
      throw applicationsError(ApplicationsErrorCode.PAYMENT_SIGNATURE_INVALID);
    }
  }
}
