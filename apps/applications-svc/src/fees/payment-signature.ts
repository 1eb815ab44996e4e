import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What the payment gateway signs with the shared secret (HMAC-SHA256, hexadecimal): the timestamp it sent,
 * the application, and the payment's id, amount and time, joined by dots. The timestamp bounds a replay; the
 * payment id, unique here, makes a repeated notice harmless.
 */
export function paymentSignedText(
  timestamp: string,
  applicationId: string,
  notice: { paymentId: string; amountKzt: number; paidAt: string },
): string {
  return [timestamp, applicationId, notice.paymentId, String(notice.amountKzt), notice.paidAt].join('.');
}

export function paymentSignature(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex');
}

/** Compares in constant time, so the answer's timing tells nothing about the right signature. */
export function isPaymentSignature(secret: string, text: string, given: string): boolean {
  const expected = Buffer.from(paymentSignature(secret, text), 'hex');
  const actual = /^[0-9a-f]{64}$/i.test(given) ? Buffer.from(given, 'hex') : Buffer.alloc(0);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
