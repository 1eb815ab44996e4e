import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { Writer } from '../protocol/writer';
import type { ApiHandler } from './api-handler';

/** A fresh producer id (epoch 0) for an idempotent producer; produce then dedupes its retried batches. */
export const initProducerIdRequest: ApiHandler = {
  apiKey: ApiKey.InitProducerId,
  minVersion: 0,
  maxVersion: 1,
  handle(body, _version, { broker }) {
    body.nullableString(); // transactional id: transactions are not supported, see README
    body.int32(); // transaction timeout
    return new Writer().int32(0).int16(ErrorCode.None).int64(broker.producerIds.allocate()).int16(0);
  },
};
