import { hostileInputCallers, startTestIssuer } from '@kzps/auth/testing';
import { createTestDatabase, describeHostileInput, startTestBroker, TestClock } from '@kzps/testing';
import { exampleTimes } from './common/api-examples';
import { caller, startApp, testConfig, testKafka } from './test/harness';
import { standardsRelationFixtures } from './test/relation-fixtures';

describeHostileInput({
  service: 'standards-svc',
  pathPrefix: '/api/v1/standards',
  seed: 202004,
  start: async () => {
    const database = await createTestDatabase('standards_hostile');
    // A broker of the file's own: events other tests publish on the run's broker would write here.
    const broker = await startTestBroker();
    const issuer = await startTestIssuer();
    const clock = new TestClock(new Date(exampleTimes.includedAt));
    const app = await startApp(
      testConfig({ databaseUrl: database.url, issuer, brokers: broker.address }),
      clock,
    );
    return { database, broker, issuer, clock, app };
  },
  reach: ({ database, broker, issuer, app }) => ({
    inject: (options) => app.getHttpAdapter().getInstance().inject(options),
    databaseUrl: database.url,
    callers: hostileInputCallers(issuer),
    close: async () => {
      await app.close();
      await issuer.close();
      await broker.stop();
      await database.drop();
    },
  }),
  relations: {
    others: 'an officer of another body or another person',
    cells: 23,
    fixtures: ({ app, issuer, clock, broker }) =>
      standardsRelationFixtures({
        app,
        call: caller(() => ({ app, issuer })),
        clock,
        kafka: testKafka(broker.address),
      }),
  },
});
