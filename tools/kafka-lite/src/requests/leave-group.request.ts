import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { Writer } from '../protocol/writer';
import { writeThrottleTime, type ApiHandler } from './api-handler';

export const leaveGroupRequest: ApiHandler = {
  apiKey: ApiKey.LeaveGroup,
  minVersion: 0,
  maxVersion: 3,
  handle(body, version, { broker }) {
    const groupId = body.string();
    const writer = new Writer();
    writeThrottleTime(writer, version, 1);
    if (version < 3) return writer.int16(broker.groups.leave(groupId, body.string()));
    // v3 leaves several members at once and answers per member.
    const members = body.array((r) => ({ memberId: r.string(), groupInstanceId: r.nullableString() }));
    const results = members.map((member) => ({
      ...member,
      error: broker.groups.leave(groupId, member.memberId),
    }));
    return writer.int16(ErrorCode.None).array(results, (w, result) => {
      w.string(result.memberId).string(result.groupInstanceId).int16(result.error);
    });
  },
};
