import { join } from 'node:path';
import { freePort } from './free-port';

/** The production engines, as docker-compose.yml and k8s/infra run them. */
const images = {
  postgres: 'postgres:18',
  kafka: 'apache/kafka:4.3.1',
  keycloak: 'quay.io/keycloak/keycloak:26.4',
} as const;

const realmExport = join(__dirname, '..', '..', '..', 'deploy', 'keycloak', 'realm-kzps.json');

export interface RunningContainers {
  /** A PostgreSQL server URL (database `postgres`); each test file creates its own database on it. */
  databaseUrl: string;
  kafkaBrokers: string;
  /** Keycloak's base URL; the realm `kzps` from deploy/keycloak/realm-kzps.json is imported. */
  keycloakUrl: string;
  stop(): Promise<void>;
}

/**
 * TEST_INFRA=containers: PostgreSQL, Apache Kafka (KRaft, one node) and Keycloak in Docker, started with
 * testcontainers (loaded only here, so the default embedded run never needs it or a Docker engine).
 */
export async function startContainers(): Promise<RunningContainers> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const kafkaPort = await freePort();
  const [postgres, kafka, keycloak] = await Promise.all([
    new GenericContainer(images.postgres)
      .withEnvironment({ POSTGRES_PASSWORD: 'postgres' })
      .withExposedPorts(5432)
      .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
      .start(),
    // Clients reach the broker at the address it advertises: the host port, fixed before the start.
    new GenericContainer(images.kafka)
      .withEnvironment({
        KAFKA_NODE_ID: '1',
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
        KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${kafkaPort}`,
        KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
        KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
        KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
        KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
      })
      .withExposedPorts({ container: 9092, host: kafkaPort })
      .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
      .start(),
    new GenericContainer(images.keycloak)
      .withCommand(['start-dev', '--import-realm'])
      .withEnvironment({ KC_BOOTSTRAP_ADMIN_USERNAME: 'admin', KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin' })
      .withCopyFilesToContainer([
        { source: realmExport, target: '/opt/keycloak/data/import/realm-kzps.json' },
      ])
      .withExposedPorts(8080)
      .withWaitStrategy(Wait.forHttp('/realms/kzps', 8080).forStatusCode(200))
      .withStartupTimeout(180_000)
      .start(),
  ]);
  return {
    databaseUrl: `postgres://postgres:postgres@${postgres.getHost()}:${postgres.getMappedPort(5432)}/postgres`,
    kafkaBrokers: `127.0.0.1:${kafkaPort}`,
    keycloakUrl: `http://${keycloak.getHost()}:${keycloak.getMappedPort(8080)}`,
    stop: async () => {
      await Promise.all([postgres.stop(), kafka.stop(), keycloak.stop()]);
    },
  };
}
