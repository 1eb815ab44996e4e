import { ApiKey } from '../protocol/api-key';
import { Writer } from '../protocol/writer';
import { writeThrottleTime, type ApiHandler } from './api-handler';

export const joinGroupRequest: ApiHandler = {
  apiKey: ApiKey.JoinGroup,
  minVersion: 0,
  maxVersion: 5,
  async handle(body, version, { broker, clientId, clientHost }) {
    const groupId = body.string();
    const sessionTimeoutMs = body.int32();
    // v0 has no rebalance timeout; Kafka then uses the session timeout.
    const rebalanceTimeoutMs = version >= 1 ? body.int32() : sessionTimeoutMs;
    const memberId = body.string();
    const groupInstanceId = version >= 5 ? body.nullableString() : null;
    const protocolType = body.string();
    const protocols = body.array((r) => ({ name: r.string(), metadata: r.bytes() }));

    const result = await broker.groups.join({
      groupId,
      memberId,
      groupInstanceId,
      clientId,
      clientHost,
      sessionTimeoutMs,
      rebalanceTimeoutMs,
      protocolType,
      protocols,
    });
    const writer = new Writer();
    writeThrottleTime(writer, version, 2);
    writer
      .int16(result.error)
      .int32(result.generationId)
      .string(result.protocolName ?? '')
      .string(result.leaderId)
      .string(result.memberId);
    return writer.array(result.members, (w, member) => {
      w.string(member.memberId);
      if (version >= 5) w.string(member.groupInstanceId);
      w.bytes(member.metadata);
    });
  },
};
