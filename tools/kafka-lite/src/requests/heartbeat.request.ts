import { ApiKey } from '../protocol/api-key';
import { Writer } from '../protocol/writer';
import { writeThrottleTime, type ApiHandler } from './api-handler';

export const heartbeatRequest: ApiHandler = {
  apiKey: ApiKey.Heartbeat,
  minVersion: 0,
  maxVersion: 3,
  handle(body, version, { broker }) {
    const groupId = body.string();
    const generationId = body.int32();
    const memberId = body.string();
    if (version >= 3) body.nullableString(); // group instance id
    const writer = new Writer();
    writeThrottleTime(writer, version, 1);
    return writer.int16(broker.groups.heartbeat(groupId, generationId, memberId));
  },
};
