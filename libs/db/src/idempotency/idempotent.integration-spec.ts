import {
  Body,
  Controller,
  Injectable,
  Module,
  Post,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsString } from 'class-validator';
import type { InjectOptions } from 'fastify';
import { DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { AuthenticatedRequest, Identity } from '@kzps/auth';
import { createServiceApp, DomainError, loadConfig, PlatformModule, ServiceConfig } from '@kzps/platform';
import { createTestDatabase, eventually, type TestDatabase } from '@kzps/testing';
import { DatabaseModule } from '../database.module';
import { CreateIdempotencyKey1764900000000 } from './idempotency-key.migration';
import { Idempotent, IDEMPOTENT_REPLAY_HEADER, recordedRefusal } from './idempotent';
import { inTransaction } from './request-transaction';

class CreateThing1700000000000 implements MigrationInterface {
  name = 'CreateThing1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE thing (id serial PRIMARY KEY, name text NOT NULL)`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE thing`);
  }
}

class ThingDto {
  @IsString()
  name!: string;
}

/** Lets a test hold the next write between its insert and its answer. */
class WriteGate {
  private held?: { enter: () => void; opened: Promise<void> };

  /** Holds the next write; `entered` resolves once it has written and waits, `open` lets it finish. */
  hold(): { entered: Promise<void>; open: () => void } {
    let enter: () => void = () => undefined;
    let open: () => void = () => undefined;
    const entered = new Promise<void>((resolve) => (enter = resolve));
    this.held = { enter, opened: new Promise<void>((resolve) => (open = resolve)) };
    return { entered, open };
  }

  async pass(): Promise<void> {
    const held = this.held;
    this.held = undefined;
    held?.enter();
    await held?.opened;
  }
}

@Injectable()
class TestCaller implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const subject = request.headers['x-test-caller'];
    if (typeof subject === 'string') {
      const identity: Identity = { subject, roles: [], expiresAt: new Date(8.64e15) };
      request.identity = identity;
    }
    return true;
  }
}

/**
 * The database ends this request's connection (as a PostgreSQL restart does): the query fails with 57P01, and
 * once the driver has seen the connection close TypeORM releases the runner, so the rollback cannot be sent.
 */
async function cutConnection(manager: EntityManager): Promise<never> {
  const cut = await manager.query('SELECT pg_terminate_backend(pg_backend_pid())').then(
    () => new Error('the connection was not cut'),
    (error: unknown) => error,
  );
  await eventually(() => manager.queryRunner?.isReleased === true, 'the runner released by the driver');
  throw cut;
}

@Controller('things')
class ThingsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: WriteGate,
  ) {}

  @Post()
  @Idempotent()
  create(@Body() body: ThingDto): Promise<{ id: number; name: string }> {
    return inTransaction(this.dataSource, async (manager) => {
      const [row] = (await manager.query(`INSERT INTO thing (name) VALUES ($1) RETURNING id, name`, [
        body.name,
      ])) as Array<{ id: number; name: string }>;
      await this.gate.pass();
      if (body.name === 'connection-cut') await cutConnection(manager);
      if (body.name === 'query-after-cut')
        await cutConnection(manager).catch(() => manager.query('SELECT 1'));
      // Fails after its write, as a crash before the answer is stored would.
      if (body.name === 'fails') throw new Error('failed after the write');
      return row ?? { id: 0, name: '' };
    }).then((row) => {
      // A refusal that is an act of its own (as Art. 14.2 intake is): its row stays, the answer is 422.
      if (body.name.startsWith('refused')) {
        throw recordedRefusal(
          new DomainError(
            'THING_REFUSED',
            { status: 422, title: 'Refused', localizedTitle: { kk: 'Бас тартылды', ru: 'Отказано' } },
            undefined,
            { thingId: row.id },
          ),
        );
      }
      return row;
    });
  }
}

describe('Idempotency-Key on a retryable write', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let gate: WriteGate;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('idempotency');
    const config = loadConfig(ServiceConfig, { LOG_LEVEL: 'silent' });
    @Module({
      imports: [
        PlatformModule.forRoot({ service: 'idempotency-test', config }),
        DatabaseModule.forRoot(() => ({
          url: db.url,
          entities: [],
          migrations: [CreateThing1700000000000, CreateIdempotencyKey1764900000000],
        })),
      ],
      controllers: [ThingsController],
      providers: [WriteGate, { provide: APP_GUARD, useClass: TestCaller }],
    })
    class TestModule {}
    app = await createServiceApp({
      service: 'idempotency-test',
      module: { module: TestModule },
      config,
      openApi: { title: 'test', description: 'test' },
    });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    gate = app.get(WriteGate);
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const post = (key: string | undefined, name: string, caller = 'officer-1') =>
    app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/things',
        headers: { 'x-test-caller': caller, ...(key === undefined ? {} : { 'idempotency-key': key }) },
        payload: { name },
      } satisfies InjectOptions);

  const rowsNamed = async (name: string): Promise<number> => {
    const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM thing WHERE name = $1`, [
      name,
    ])) as Array<{
      n: number;
    }>;
    return row?.n ?? 0;
  };

  it('answers a retry with the same key and body with the first answer, without writing again', async () => {
    const first = await post('key-same', 'retried');
    const retry = await post('key-same', 'retried');
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers[IDEMPOTENT_REPLAY_HEADER]).toBe('true');
    expect(first.headers[IDEMPOTENT_REPLAY_HEADER]).toBeUndefined();
    expect(await rowsNamed('retried')).toBe(1);
  });

  it('refuses the same key with another body (422 IDEMPOTENCY_KEY_REUSED) and writes nothing', async () => {
    expect((await post('key-other-body', 'first body')).statusCode).toBe(201);
    const other = await post('key-other-body', 'second body');
    expect(other.statusCode).toBe(422);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await rowsNamed('second body')).toBe(0);
  });

  it('keeps keys per caller: the same key from another caller is another request', async () => {
    await post('key-shared', 'per caller', 'officer-1');
    const other = await post('key-shared', 'per caller', 'officer-2');
    expect(other.statusCode).toBe(201);
    expect(other.headers[IDEMPOTENT_REPLAY_HEADER]).toBeUndefined();
    expect(await rowsNamed('per caller')).toBe(2);
  });

  it('makes a duplicate sent while the first is in flight wait for it and answer the same', async () => {
    const held = gate.hold();
    const first = post('key-concurrent', 'concurrent');
    await held.entered;
    const duplicate = post('key-concurrent', 'concurrent');
    // The duplicate's claim blocks on the first's uncommitted key row.
    await eventually(async () => {
      const [row] = (await dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      )) as Array<{ n: number }>;
      return row?.n === 1;
    }, 'the duplicate waiting on the first');
    held.open();
    const [a, b] = await Promise.all([first, duplicate]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(b.json()).toEqual(a.json());
    expect(b.headers[IDEMPOTENT_REPLAY_HEADER]).toBe('true');
    expect(await rowsNamed('concurrent')).toBe(1);
  });

  it('keeps neither the write nor the key when the request fails after its write', async () => {
    const failed = await post('key-failed', 'fails');
    expect(failed.statusCode).toBe(500);
    expect(await rowsNamed('fails')).toBe(0);
    const [row] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM idempotency_key WHERE key = 'key-failed'`,
    )) as Array<{
      n: number;
    }>;
    expect(row?.n).toBe(0);
  });

  it('answers a connection cut mid-request 503 SERVICE_UNAVAILABLE, the failed rollback hiding nothing (D14)', async () => {
    const cut = await post('key-connection-cut', 'connection-cut');
    expect(cut.statusCode).toBe(503);
    expect(cut.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(await rowsNamed('connection-cut')).toBe(0);
    // Nothing was kept under the key either: it answers another body as a new request.
    const retried = await post('key-connection-cut', 'after-the-cut');
    expect(retried.statusCode).toBe(201);
  });

  it('answers a query on the runner released after a cut 503 SERVICE_UNAVAILABLE, not 500 (D14)', async () => {
    const cut = await post('key-query-after-cut', 'query-after-cut');
    expect(cut.statusCode).toBe(503);
    expect(cut.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(await rowsNamed('query-after-cut')).toBe(0);
  });

  it('commits a recorded refusal with its answer and replays the refusal to a retry', async () => {
    const first = await post('key-refused', 'refused once');
    const retry = await post('key-refused', 'refused once');
    expect([first.statusCode, retry.statusCode]).toEqual([422, 422]);
    expect(retry.headers['content-type']).toContain('application/problem+json');
    expect(retry.headers[IDEMPOTENT_REPLAY_HEADER]).toBe('true');
    expect(retry.json()).toMatchObject({
      code: 'THING_REFUSED',
      thingId: first.json<{ thingId: number }>().thingId,
    });
    expect(await rowsNamed('refused once')).toBe(1);
    expect((await post('key-refused', 'refused other')).json()).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await rowsNamed('refused other')).toBe(0);
  });

  it('treats a key past its lifetime as new', async () => {
    await post('key-expired', 'expires');
    await dataSource.query(
      `UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key = 'key-expired'`,
    );
    const later = await post('key-expired', 'expires');
    expect(later.statusCode).toBe(201);
    expect(later.headers[IDEMPOTENT_REPLAY_HEADER]).toBeUndefined();
    expect(await rowsNamed('expires')).toBe(2);
  });

  it('refuses a key that is not 1 to 255 visible ASCII characters (400)', async () => {
    const response = await post('a'.repeat(256), 'bad key');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_INVALID' });
    expect(await rowsNamed('bad key')).toBe(0);
  });

  it('writes as usual without a key', async () => {
    await post(undefined, 'no key');
    await post(undefined, 'no key');
    expect(await rowsNamed('no key')).toBe(2);
  });
});
