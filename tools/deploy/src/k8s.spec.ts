import { allTopics, deadLetterTopicOf, isCompactedTopic } from '@kzps/contracts';
import { appConfigFacts } from './app-config';
import { connectionAllowed, type Pod } from './network-policy';
import { named, ofKind, overlays, render, schemaProblems, type K8sObject } from './manifests';

// Checks of the rendered Kubernetes manifests (k8s/README.md): each names the deployment defect it guards.

interface Container {
  name: string;
  env?: { name: string; value?: string; valueFrom?: unknown }[];
  envFrom?: { configMapRef?: { name: string } }[];
}

interface DeploymentSpec {
  replicas?: number;
  strategy?: { rollingUpdate?: { maxSurge?: number } };
  template: {
    metadata: { labels: Record<string, string> };
    spec: { containers: Container[]; initContainers?: Container[] };
  };
}

const deploymentSpec = (deployment: K8sObject): DeploymentSpec =>
  deployment.spec as unknown as DeploymentSpec;

const namespace = 'kzps';
const postgresPod = (role: 'primary' | 'replica'): Pod => ({
  namespace,
  labels: { 'cnpg.io/cluster': 'kzps-postgres', 'cnpg.io/instanceRole': role, role },
});
// The labels Strimzi gives the pods of the node pool and of the entity operator.
const kafkaPod: Pod = {
  namespace,
  labels: {
    'strimzi.io/cluster': 'kzps-kafka',
    'strimzi.io/kind': 'Kafka',
    'strimzi.io/name': 'kzps-kafka-kafka',
    'strimzi.io/pool-name': 'dual-role',
    'strimzi.io/broker-role': 'true',
    'strimzi.io/controller-role': 'true',
  },
};
const entityOperatorPod: Pod = {
  namespace,
  labels: {
    'strimzi.io/cluster': 'kzps-kafka',
    'strimzi.io/kind': 'Kafka',
    'strimzi.io/name': 'kzps-kafka-entity-operator',
  },
};
// The operators, installed in their own namespaces (k8s/README.md, install order).
const cnpgOperatorPod: Pod = {
  namespace: 'cnpg-system',
  labels: { 'app.kubernetes.io/name': 'cloudnative-pg' },
};
const strimziOperatorPod: Pod = {
  namespace: 'strimzi',
  labels: { name: 'strimzi-cluster-operator', 'strimzi.io/kind': 'cluster-operator' },
};

function appPod(objects: readonly K8sObject[], app: string): Pod {
  return { namespace, labels: deploymentSpec(named(objects, 'Deployment', app)).template.metadata.labels };
}

function usesDatabase(deployment: K8sObject): boolean {
  return deploymentSpec(deployment).template.spec.containers.some((container) =>
    (container.env ?? []).some((variable) => variable.name === 'DATABASE_URL'),
  );
}

/** One SQL statement: no `;` except a trailing one (outside quotes). */
function statementCount(sql: string): number {
  const withoutLiterals = sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, '');
  return withoutLiterals.split(';').filter((part) => part.trim().length > 0).length;
}

const { databasePoolSize } = appConfigFacts();
const problems = schemaProblems(Object.fromEntries(overlays.map((overlay) => [overlay, render(overlay)])));

describe.each(overlays)('k8s overlay %s', (overlay) => {
  const objects = render(overlay);

  it('renders, and every object validates against its schema (core kinds, Strimzi 1.2.0 and CloudNativePG 1.29.2 CRDs)', () => {
    expect(objects.length).toBeGreaterThan(0);
    expect(problems[overlay]).toEqual([]);
  });

  it('brings its own PostgreSQL and Kafka, so the apps have something to connect to', () => {
    expect(ofKind(objects, 'Cluster').map((object) => object.metadata.name)).toEqual(['kzps-postgres']);
    expect(ofKind(objects, 'Kafka').map((object) => object.metadata.name)).toEqual(['kzps-kafka']);
  });

  it('uses the Strimzi 1.x API: kafka.strimzi.io/v1 with a KafkaNodePool, no kraft or node-pools annotations (defect 4)', () => {
    const strimzi = objects.filter((object) => object.apiVersion.startsWith('kafka.strimzi.io/'));
    expect(new Set(strimzi.map((object) => object.apiVersion))).toEqual(new Set(['kafka.strimzi.io/v1']));
    const annotations = strimzi.flatMap((object) => Object.keys(object.metadata.annotations ?? {}));
    expect(annotations.filter((key) => /strimzi\.io\/(kraft|node-pools)/.test(key))).toEqual([]);
    const pools = ofKind(objects, 'KafkaNodePool');
    const roles = new Set(pools.flatMap((pool) => (pool.spec as { roles: string[] }).roles));
    expect(roles).toEqual(new Set(['controller', 'broker']));
  });

  it('declares every topic of libs/contracts and its .dlq as a KafkaTopic that can take acks=all writes (defect 3)', () => {
    const kafkaConfig = (
      named(objects, 'Kafka', 'kzps-kafka').spec as { kafka: { config: Record<string, number> } }
    ).kafka.config;
    const minInsync = kafkaConfig['min.insync.replicas'] ?? 1;
    const common = named(objects, 'ConfigMap', 'kzps-common').data ?? {};
    const wanted = allTopics.flatMap((topic) => [topic, deadLetterTopicOf(topic)]).sort();
    const topics = ofKind(objects, 'KafkaTopic');
    expect(
      topics.map((topic) => (topic.spec as { topicName?: string }).topicName ?? topic.metadata.name).sort(),
    ).toEqual(wanted);
    for (const topic of topics) {
      const spec = topic.spec as {
        topicName?: string;
        partitions: number;
        replicas: number;
        config?: Record<string, string>;
      };
      const name = spec.topicName ?? topic.metadata.name;
      expect({ name, replicasAboveMinInsync: spec.replicas > minInsync || spec.replicas === 1 }).toEqual({
        name,
        replicasAboveMinInsync: true,
      });
      expect({ name, replicas: spec.replicas }).toEqual({
        name,
        replicas: Number(common.KAFKA_TOPIC_REPLICATION_FACTOR),
      });
      expect({ name, partitions: spec.partitions }).toEqual({
        name,
        partitions: Number(common.KAFKA_TOPIC_PARTITIONS),
      });
      const compacted = isCompactedTopic(name) ? 'compact' : undefined;
      expect({ name, cleanup: spec.config?.['cleanup.policy'] }).toEqual({ name, cleanup: compacted });
    }
    // A topic a service creates itself (ensureTopics) must be writable too.
    expect(Number(common.KAFKA_TOPIC_REPLICATION_FACTOR)).toBeGreaterThanOrEqual(Number(minInsync));
    expect(Number(kafkaConfig['default.replication.factor'] ?? 1)).toBeGreaterThanOrEqual(Number(minInsync));
  });

  it('lets the apps, the operators and the clusters talk through the default-deny NetworkPolicies (defect 5)', () => {
    const policies = ofKind(objects, 'NetworkPolicy');
    const flows: [string, Pod, Pod, number][] = [
      ['primary <- replica (streaming replication)', postgresPod('replica'), postgresPod('primary'), 5432],
      ['instance <- instance (instance manager)', postgresPod('replica'), postgresPod('primary'), 8000],
      ['postgres <- CloudNativePG operator (status)', cnpgOperatorPod, postgresPod('primary'), 8000],
      ['postgres <- CloudNativePG operator (SQL)', cnpgOperatorPod, postgresPod('primary'), 5432],
      ['kafka <- kafka (controller quorum)', kafkaPod, kafkaPod, 9090],
      ['kafka <- kafka (replication)', kafkaPod, kafkaPod, 9091],
      ['kafka <- Strimzi operator (controllers)', strimziOperatorPod, kafkaPod, 9090],
      ['kafka <- Strimzi operator (brokers)', strimziOperatorPod, kafkaPod, 9091],
      ['kafka <- entity operator (topics)', entityOperatorPod, kafkaPod, 9091],
    ];
    for (const deployment of ofKind(objects, 'Deployment')) {
      const pod = appPod(objects, deployment.metadata.name);
      if (usesDatabase(deployment))
        flows.push([`postgres <- ${deployment.metadata.name}`, pod, postgresPod('primary'), 5432]);
      if (deployment.metadata.name !== 'gateway')
        flows.push([`kafka <- ${deployment.metadata.name}`, pod, kafkaPod, 9092]);
    }
    const blocked = flows
      .filter(([, from, to, port]) => !connectionAllowed(policies, from, to, port))
      .map(([name]) => name);
    expect(blocked).toEqual([]);
    // Still default deny: an app reaches neither Kafka's replication listener nor a port PostgreSQL does not serve.
    expect(connectionAllowed(policies, appPod(objects, 'registry-svc'), kafkaPod, 9091)).toBe(false);
    expect(connectionAllowed(policies, appPod(objects, 'gateway'), postgresPod('primary'), 5432)).toBe(false);
  });

  it('gives PostgreSQL a bootstrap that can run and enough connections for every replica at the HPA maximum (defect 6)', () => {
    const cluster = named(objects, 'Cluster', 'kzps-postgres').spec as {
      instances: number;
      postgresql: { parameters: Record<string, string> };
      bootstrap: { initdb: { owner: string; secret?: { name: string }; postInitSQL?: string[] } };
      managed?: { roles?: { name: string; login?: boolean; passwordSecret?: { name: string } }[] };
      backup?: { retentionPolicy?: string; barmanObjectStore?: unknown };
    };
    const initdb = cluster.bootstrap.initdb;
    // CNPG runs each item on its own; CREATE DATABASE cannot share a transaction with anything.
    const multi = (initdb.postInitSQL ?? []).filter((sql) => statementCount(sql) !== 1);
    expect(multi).toEqual([]);
    // Every login role has a password from a Secret: the initdb owner and every role created after it.
    expect(initdb.secret?.name).toBeDefined();
    const created = (initdb.postInitSQL ?? []).flatMap(
      (sql) => /^\s*CREATE ROLE (\w+)/i.exec(sql)?.[1] ?? [],
    );
    const withPassword = new Set(
      (cluster.managed?.roles ?? []).filter((role) => role.passwordSecret?.name).map((role) => role.name),
    );
    expect(created.filter((role) => !withPassword.has(role))).toEqual([]);
    // A retention policy without an object store keeps nothing.
    if (cluster.backup?.retentionPolicy) expect(cluster.backup.barmanObjectStore).toBeDefined();

    // Sizing: every database-using app at its HPA maximum plus its rolling-update surge, each with the libs/db
    // pool and one more connection for the migration lock, plus PostgreSQL's reserved superuser slots and
    // headroom for the operator and people (k8s/README.md, Sizing).
    const pool = databasePoolSize;
    const hpas = ofKind(objects, 'HorizontalPodAutoscaler');
    const needed = ofKind(objects, 'Deployment')
      .filter(usesDatabase)
      .reduce((sum, deployment) => {
        const hpa = hpas.find(
          (item) =>
            (item.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name ===
            deployment.metadata.name,
        );
        const max =
          (hpa?.spec as { maxReplicas?: number } | undefined)?.maxReplicas ??
          deploymentSpec(deployment).replicas ??
          1;
        const surge = deploymentSpec(deployment).strategy?.rollingUpdate?.maxSurge ?? 1;
        return sum + (max + surge) * (pool + 1);
      }, 0);
    const reserved = Number(cluster.postgresql.parameters.superuser_reserved_connections ?? 3) + 10;
    expect(Number(cluster.postgresql.parameters.max_connections)).toBeGreaterThanOrEqual(needed + reserved);
  });

  it('leaves the replica count of an autoscaled Deployment to its HPA (defect 8)', () => {
    const scaled = new Set(
      ofKind(objects, 'HorizontalPodAutoscaler').map(
        (hpa) => (hpa.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name,
      ),
    );
    const fighting = ofKind(objects, 'Deployment')
      .filter(
        (deployment) =>
          scaled.has(deployment.metadata.name) && deploymentSpec(deployment).replicas !== undefined,
      )
      .map((deployment) => deployment.metadata.name);
    expect(fighting).toEqual([]);
  });
});
