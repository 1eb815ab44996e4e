import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { Writer } from '../protocol/writer';
import { writeThrottleTime, type ApiHandler } from './api-handler';

export const listGroupsRequest: ApiHandler = {
  apiKey: ApiKey.ListGroups,
  minVersion: 0,
  maxVersion: 2,
  handle(_body, version, { broker }) {
    const writer = new Writer();
    writeThrottleTime(writer, version, 1);
    return writer
      .int16(ErrorCode.None)
      .array(broker.groups.list(), (w, group) => w.string(group.groupId).string(group.protocolType));
  },
};
