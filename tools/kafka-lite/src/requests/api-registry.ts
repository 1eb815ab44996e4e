import type { ApiKey } from '../protocol/api-key';
import type { ApiHandler } from './api-handler';
import { apiVersionsRequest } from './api-versions.request';
import { createTopicsRequest } from './create-topics.request';
import { deleteTopicsRequest } from './delete-topics.request';
import { describeGroupsRequest } from './describe-groups.request';
import { fetchRequest } from './fetch.request';
import { findCoordinatorRequest } from './find-coordinator.request';
import { heartbeatRequest } from './heartbeat.request';
import { initProducerIdRequest } from './init-producer-id.request';
import { joinGroupRequest } from './join-group.request';
import { leaveGroupRequest } from './leave-group.request';
import { listGroupsRequest } from './list-groups.request';
import { listOffsetsRequest } from './list-offsets.request';
import { metadataRequest } from './metadata.request';
import { offsetCommitRequest } from './offset-commit.request';
import { offsetFetchRequest } from './offset-fetch.request';
import { produceRequest } from './produce.request';
import { syncGroupRequest } from './sync-group.request';

/** Every API this broker answers; ApiVersions reports exactly these ranges. */
export const API_HANDLERS: readonly ApiHandler[] = [
  produceRequest,
  fetchRequest,
  listOffsetsRequest,
  metadataRequest,
  offsetCommitRequest,
  offsetFetchRequest,
  findCoordinatorRequest,
  joinGroupRequest,
  heartbeatRequest,
  leaveGroupRequest,
  syncGroupRequest,
  describeGroupsRequest,
  listGroupsRequest,
  apiVersionsRequest,
  createTopicsRequest,
  deleteTopicsRequest,
  initProducerIdRequest,
];

const BY_KEY = new Map<number, ApiHandler>(API_HANDLERS.map((handler) => [handler.apiKey, handler]));

export function findHandler(apiKey: ApiKey | number): ApiHandler | undefined {
  return BY_KEY.get(apiKey);
}
