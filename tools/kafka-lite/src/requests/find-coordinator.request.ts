import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { Writer } from '../protocol/writer';
import { writeThrottleTime, type ApiHandler } from './api-handler';

/** The only broker coordinates every group. */
export const findCoordinatorRequest: ApiHandler = {
  apiKey: ApiKey.FindCoordinator,
  minVersion: 0,
  maxVersion: 2,
  handle(body, version, { broker }) {
    body.string(); // group id (or transactional id)
    if (version >= 1) body.int8(); // key type
    const writer = new Writer();
    writeThrottleTime(writer, version, 1);
    writer.int16(ErrorCode.None);
    if (version >= 1) writer.string(null);
    const { nodeId, advertisedHost, port } = broker.config;
    return writer.int32(nodeId).string(advertisedHost).int32(port);
  },
};
