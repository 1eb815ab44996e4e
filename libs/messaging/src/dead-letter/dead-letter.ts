import { DeadLetterHeaders, deadLetterTopicOf } from '@kzps/contracts';
import type { IHeaders, Message } from 'kafkajs';
import { headersAsText } from '../envelope/kafka-record.codec';

export interface DeadLetterCause {
  topic: string;
  partition: number;
  offset: string;
  error: string;
  attempts: number;
  consumer: string;
}

const MAX_ERROR_LENGTH = 2_000;

/** The original message, unchanged, plus headers saying where it came from and why it failed. */
export function deadLetterMessage(
  original: { key: Buffer | null; value: Buffer | null; headers?: IHeaders },
  cause: DeadLetterCause,
): { topic: string; message: Message } {
  return {
    topic: deadLetterTopicOf(cause.topic),
    message: {
      key: original.key,
      value: original.value,
      headers: {
        ...headersAsText(original.headers),
        [DeadLetterHeaders.originalTopic]: cause.topic,
        [DeadLetterHeaders.originalPartition]: String(cause.partition),
        [DeadLetterHeaders.originalOffset]: cause.offset,
        [DeadLetterHeaders.error]: cause.error.slice(0, MAX_ERROR_LENGTH),
        [DeadLetterHeaders.attempts]: String(cause.attempts),
        [DeadLetterHeaders.consumer]: cause.consumer,
        [DeadLetterHeaders.failedAt]: new Date().toISOString(),
      },
    },
  };
}

const deadLetterHeaderNames = new Set<string>(Object.values(DeadLetterHeaders));

/** The message as it was before it was dead-lettered: same key, value and CloudEvents headers. */
export function restoredMessage(parked: {
  key: Buffer | null;
  value: Buffer | null;
  headers?: IHeaders;
}): Message {
  const headers = Object.fromEntries(
    Object.entries(headersAsText(parked.headers)).filter(([name]) => !deadLetterHeaderNames.has(name)),
  );
  return { key: parked.key, value: parked.value, headers };
}
