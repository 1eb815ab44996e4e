import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { Writer } from '../protocol/writer';
import { writeThrottleTime, type ApiHandler } from './api-handler';

export const describeGroupsRequest: ApiHandler = {
  apiKey: ApiKey.DescribeGroups,
  minVersion: 0,
  maxVersion: 2,
  handle(body, version, { broker }) {
    const groups = body.array((r) => r.string()).map((groupId) => broker.groups.describe(groupId));
    const writer = new Writer();
    writeThrottleTime(writer, version, 1);
    return writer.array(groups, (w, group) => {
      w.int16(ErrorCode.None)
        .string(group.groupId)
        .string(group.state)
        .string(group.protocolType)
        .string(group.protocolName);
      w.array(group.members, (mw, member) => {
        mw.string(member.memberId)
          .string(member.clientId)
          .string(member.clientHost)
          .bytes(member.metadata)
          .bytes(member.assignment);
      });
    });
  },
};
