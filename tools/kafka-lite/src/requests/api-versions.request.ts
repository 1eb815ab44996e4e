import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { Writer } from '../protocol/writer';
import { writeThrottleTime, type ApiHandler, type VersionRange } from './api-handler';

/**
 * The ApiVersions body. Also used, in its v0 shape with UNSUPPORTED_VERSION, to answer an ApiVersions
 * request of a version this broker does not know (as Kafka does), so the client retries with v0.
 */
export function writeApiVersions(
  supported: readonly VersionRange[],
  version: number,
  error: ErrorCode = ErrorCode.None,
): Writer {
  const writer = new Writer()
    .int16(error)
    .array(supported, (w, api) => w.int16(api.apiKey).int16(api.minVersion).int16(api.maxVersion));
  writeThrottleTime(writer, version, 1);
  return writer;
}

export const apiVersionsRequest: ApiHandler = {
  apiKey: ApiKey.ApiVersions,
  minVersion: 0,
  maxVersion: 2,
  handle: (_body, version, context) => writeApiVersions(context.broker.supportedApis, version),
};
