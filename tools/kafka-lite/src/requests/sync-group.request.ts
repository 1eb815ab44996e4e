import { ApiKey } from '../protocol/api-key';
import { Writer } from '../protocol/writer';
import { writeThrottleTime, type ApiHandler } from './api-handler';

export const syncGroupRequest: ApiHandler = {
  apiKey: ApiKey.SyncGroup,
  minVersion: 0,
  maxVersion: 3,
  async handle(body, version, { broker }) {
    const groupId = body.string();
    const generationId = body.int32();
    const memberId = body.string();
    if (version >= 3) body.nullableString(); // group instance id: static membership is not supported
    const assignments = body.array((r) => ({ memberId: r.string(), assignment: r.bytes() }));
    const result = await broker.groups.sync(groupId, generationId, memberId, assignments);
    const writer = new Writer();
    writeThrottleTime(writer, version, 1);
    return writer.int16(result.error).bytes(result.assignment);
  },
};
