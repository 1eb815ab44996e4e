import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { matrixMismatches, type MatrixEntry } from './authorization-matrix-check';
import { expectGeneratedInputHandled } from './generated-input';
import { expectNoHostileWrites } from './hostile-corpus';
import { expectTokensRefused, type RefusedToken } from './refused-tokens';
import type { RecordedRefusal } from './write-log';
import {
  relationMismatches,
  type RelationCaller,
  type RelationEntry,
  type RelationFixture,
} from './relation-matrix-check';

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/**
 * The callers the suite sends. `hostileInputCallers(issuer)` of @kzps/auth/testing gives them; they come in as a
 * parameter because the harness may not depend on the auth library's testing entry, nor it on the harness.
 */
export interface HostileInputCallers<Caller extends RelationCaller> {
  roles: readonly string[];
  matrix: ReadonlyArray<MatrixEntry & RelationEntry>;
  everyRole(subject: string): Promise<string>;
  roleOnly(role: string): Promise<string>;
  refusedTokens(subject: string): Promise<RefusedToken[]>;
  token(caller: Caller): Promise<string>;
}

/** One service as the suite reaches it: its app in process, its database and its issuer's callers. */
export interface HostileInputTarget<Caller extends RelationCaller> {
  inject: Inject;
  databaseUrl: string;
  callers: HostileInputCallers<Caller>;
  close(): Promise<void>;
}

export interface HostileInputSuite<Service, Caller extends RelationCaller> {
  /** `registry-svc`: the describe block reads "registry-svc under hostile input". */
  service: string;
  /** The service's paths: matrix rows under it must name an operation its document has. */
  pathPrefix: string;
  /** The generated input's seed, one per service so their runs differ and each repeats. */
  seed: number;
  /** Tables the service's own background work updates while the requests run (see GeneratedInputOptions). */
  backgroundUpdates?: readonly string[];
  /** Starts the service on a database of the file's own. */
  start(): Promise<Service>;
  /** How long `start` may take, where the default five seconds are too few. */
  startTimeout?: number;
  /** How the suite reaches the started service. */
  reach(service: Service): HostileInputTarget<Caller>;
  /**
   * The service's fixtures for the matrix's `own` rows (see relationMismatches) and how many cells they judge;
   * without them the service must have no `own` row.
   */
  relations?: {
    /** Who the relation refuses, as the test's name says it: `an officer of another body`. */
    others: string;
    cells: number;
    fixtures(service: Service): Promise<Readonly<Record<string, RelationFixture<Caller>>>>;
  };
  /**
   * Refusals the Law requires the service to record (Art. 14.2's refused intake): the generated input lets
   * such an answer write its record and nothing else (see `unrecordedWrites`); any other refusal writes nothing.
   */
  recordedRefusals?: readonly RecordedRefusal[];
}

/**
 * A service's relation fixtures made once, however many tests ask for them, even while the first is being
 * made: a fixture's directory (designated bodies, fixed BINs) can be entered only once, and made twice it
 * leaves a role held by two organisations. So a service's `relations.fixtures` need keep no memo of its own.
 * Each cell still makes its own record.
 */
export function fixturesOncePerService<Service, Fixtures>(
  make: (service: Service) => Promise<Fixtures>,
): (service: Service) => Promise<Fixtures> {
  let made: Promise<Fixtures> | undefined;
  return (service) => (made ??= make(service));
}

/**
 * Issue 13: a hostile-input corpus sent to every write endpoint a service documents (a new endpoint joins by
 * being in the OpenAPI document), as a caller holding every role, so no request stops at the guard.
 * Issue 20: 2,000 more generated from its OpenAPI schemas, one field wrong at a time (half of those to an
 * operation with a relation fixture on the real resource it made, as a caller allowed on it); tokens no service may
 * accept; every role cell of the authorisation matrix and, where the service has fixtures, every relation
 * cell. Every service runs this one suite, so the rules are stated once.
 */
export function describeHostileInput<Service, Caller extends RelationCaller>(
  suite: HostileInputSuite<Service, Caller>,
): void {
  describe(`${suite.service} under hostile input`, () => {
    let service: Service | undefined;
    let target: HostileInputTarget<Caller>;
    // This block starts one service, so one set of fixtures serves the generated input and the relation cells.
    const relations = suite.relations;
    const fixturesOf = relations
      ? fixturesOncePerService((started: Service) => relations.fixtures(started))
      : undefined;

    beforeAll(async () => {
      service = await suite.start();
      target = suite.reach(service);
    }, suite.startTimeout);

    afterAll(async () => {
      if (service !== undefined) await suite.reach(service).close();
    });

    it('answers every hostile write with a 4xx problem+json and writes nothing', async () => {
      const token = await target.callers.everyRole('hostile-corpus');
      await expectNoHostileWrites(target.inject, { databaseUrl: target.databaseUrl, token });
    });

    it('answers 2,000 generated writes without a 5xx, with problem+json errors and no partial write', async () => {
      const token = await target.callers.everyRole('generated-input');
      const realFixtures = fixturesOf && service !== undefined ? await fixturesOf(service) : undefined;
      await expectGeneratedInputHandled(target.inject, {
        databaseUrl: target.databaseUrl,
        headers: { authorization: `Bearer ${token}` },
        requests: 2_000,
        seed: suite.seed,
        ...(suite.backgroundUpdates ? { backgroundUpdates: suite.backgroundUpdates } : {}),
        ...(suite.recordedRefusals ? { recordedRefusals: suite.recordedRefusals } : {}),
        ...(realFixtures
          ? {
              realResources: {
                matrix: target.callers.matrix,
                fixtures: realFixtures,
                token: (caller: Caller) => target.callers.token(caller),
              },
            }
          : {}),
      });
    }, 900_000);

    it('answers 401 problem+json to an expired, tampered, alg=none, foreign, wrong-audience or wrong-issuer token', async () => {
      const tokens = await target.callers.refusedTokens('hostile-token');
      await expectTokensRefused(target.inject, { databaseUrl: target.databaseUrl, tokens });
    });

    it('lets each role do what the authorisation matrix allows and nothing else', async () => {
      const { matrix, roles } = target.callers;
      const mismatches = await matrixMismatches(target.inject, {
        matrix,
        roles,
        pathPrefix: suite.pathPrefix,
        tokenFor: (role) => target.callers.roleOnly(role),
      });
      expect(mismatches).toEqual([]);
    });

    const relationReport = (fixtures: Readonly<Record<string, RelationFixture<Caller>>>) =>
      relationMismatches(target.inject, {
        matrix: target.callers.matrix,
        pathPrefix: suite.pathPrefix,
        fixtures,
        token: (caller) => target.callers.token(caller),
        databaseUrl: target.databaseUrl,
        ...(suite.backgroundUpdates ? { backgroundUpdates: suite.backgroundUpdates } : {}),
      });

    if (relations && fixturesOf) {
      it(`refuses each \`own\` operation to ${relations.others}, and lets the one concerned past`, async () => {
        if (service === undefined) throw new Error('the service did not start');
        const report = await relationReport(await fixturesOf(service));
        expect(report.mismatches).toEqual([]);
        expect(report.cells).toHaveLength(relations.cells);
      }, 300_000);
    } else {
      // A service without fixtures has no `own` row; one that comes to have one fails here until it has.
      it('has no `own` operation without a fixture that obtains its resource', async () => {
        const report = await relationReport({});
        expect(report.mismatches).toEqual([]);
        expect(report.cells).toEqual([]);
      });
    }
  });
}
