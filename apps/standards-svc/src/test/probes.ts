import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { eventually, jsonSchemaProblems } from '@kzps/testing';
import { DataSource } from 'typeorm';
import type { caller } from './harness';

/** A statutory term as the API answers it. */
export interface TermBody {
  kind: string;
  scope: string;
  dueDate: string;
  dueAt: string;
  dueAtLocal: string;
  status: string;
  startsAt: string;
  missedAt: string | null;
  skipped: Array<{ date: string; kind: string; reason: { kk: string; ru: string } }>;
  provisional: boolean;
}

/** A standard as the API answers it. */
export interface StandardBody {
  id: string;
  status: string;
  overdue: boolean;
  service: { status: string; name: { ru: string } };
  terms: TermBody[];
  inForce: { id: string; content: Record<string, unknown> } | null;
  working: { id: string } | null;
}

/** An approval (Art. 7.1-7.3) as the API answers it. */
export interface ApprovalBody {
  id: string;
  kind: string;
  organizationId: string;
  status: string;
  round: number;
  remarks: { kk: string; ru: string } | null;
}

type Call = ReturnType<typeof caller>;

/** The service's standard, or undefined while the inclusion has not made one (an `eventually` probe). */
export async function standardOf(call: Call, serviceId: string): Promise<StandardBody | undefined> {
  const response = await call('GET', `/api/v1/standards?serviceId=${serviceId}`);
  return response.json<{ items: StandardBody[] }>().items[0];
}

export async function standardFor(call: Call, serviceId: string): Promise<StandardBody> {
  const standard = await standardOf(call, serviceId);
  if (!standard) throw new Error(`no standard for ${serviceId}`);
  return standard;
}

export async function approvalsOf(call: Call, id: string, query = 'size=100'): Promise<ApprovalBody[]> {
  return (await call('GET', `/api/v1/standards/${id}/approvals?${query}`)).json<{ items: ApprovalBody[] }>()
    .items;
}

/** Returns once the service's inbox has taken the event in (handled, or found a repeat). */
export async function handled(
  app: NestFastifyApplication,
  event: { id: string },
  what: string,
): Promise<void> {
  await eventually(async () => {
    const rows: unknown[] = await app
      .get(DataSource)
      .query('SELECT 1 FROM inbox_message WHERE event_id = $1', [event.id]);
    return rows.length === 1 ? true : undefined;
  }, what);
}

/** The events of a type the service wrote for a standard; each must match its type's JSON Schema. */
export async function outboxEvents(
  app: NestFastifyApplication,
  type: string,
  subject: string,
): Promise<Array<{ payload: Record<string, unknown> }>> {
  const rows: Array<{ payload: Record<string, unknown> }> = await app
    .get(DataSource)
    .query(`SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2 ORDER BY id`, [
      type,
      subject,
    ]);
  for (const { payload } of rows) expect(jsonSchemaProblems(type, payload)).toEqual([]);
  return rows;
}

/** The audit records (Art. 24) of a resource, oldest first. */
export async function auditOf(
  app: NestFastifyApplication,
  resourceId: string,
): Promise<Array<{ action: string; actor_subject: string }>> {
  return app
    .get(DataSource)
    .query(`SELECT action, actor_subject FROM audit_record WHERE resource_id = $1 ORDER BY occurred_at`, [
      resourceId,
    ]);
}
