import type { K8sObject } from './manifests';

/** A pod as NetworkPolicies see it: its namespace and labels. */
export interface Pod {
  namespace: string;
  labels: Record<string, string>;
}

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: {
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    values?: string[];
  }[];
}

interface Peer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string };
}

interface Rule {
  from?: Peer[];
  to?: Peer[];
  ports?: { port?: number | string; protocol?: string }[];
}

interface PolicySpec {
  podSelector: LabelSelector;
  policyTypes?: ('Ingress' | 'Egress')[];
  ingress?: Rule[];
  egress?: Rule[];
}

function matches(selector: LabelSelector, labels: Record<string, string>): boolean {
  const plain = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  return (
    plain &&
    (selector.matchExpressions ?? []).every((expression) => {
      const value = labels[expression.key];
      switch (expression.operator) {
        case 'In':
          return value !== undefined && (expression.values ?? []).includes(value);
        case 'NotIn':
          return value === undefined || !(expression.values ?? []).includes(value);
        case 'Exists':
          return value !== undefined;
        case 'DoesNotExist':
          return value === undefined;
      }
    })
  );
}

function peerMatches(peer: Peer, policyNamespace: string, pod: Pod): boolean {
  if (peer.ipBlock) return false;
  const namespaceLabels = { 'kubernetes.io/metadata.name': pod.namespace };
  const inNamespace = peer.namespaceSelector
    ? matches(peer.namespaceSelector, namespaceLabels)
    : pod.namespace === policyNamespace;
  return inNamespace && (!peer.podSelector || matches(peer.podSelector, pod.labels));
}

function ruleAllows(
  rule: Rule,
  peers: Peer[] | undefined,
  policyNamespace: string,
  other: Pod,
  port: number,
): boolean {
  const portOk =
    !rule.ports || rule.ports.some((allowed) => allowed.port === undefined || allowed.port === port);
  const peerOk =
    !peers || peers.length === 0 || peers.some((peer) => peerMatches(peer, policyNamespace, other));
  return portOk && peerOk;
}

/** Whether one direction is allowed: isolated pods need a rule of some policy selecting them. */
function directionAllows(
  policies: readonly K8sObject[],
  direction: 'Ingress' | 'Egress',
  subject: Pod,
  other: Pod,
  port: number,
): boolean {
  const selecting = policies.filter((policy) => {
    const spec = policy.spec as unknown as PolicySpec;
    const types = spec.policyTypes ?? (spec.egress ? ['Ingress', 'Egress'] : ['Ingress']);
    return (
      (policy.metadata.namespace ?? '') === subject.namespace &&
      types.includes(direction) &&
      matches(spec.podSelector, subject.labels)
    );
  });
  if (selecting.length === 0) return true;
  return selecting.some((policy) => {
    const spec = policy.spec as unknown as PolicySpec;
    const rules = (direction === 'Ingress' ? spec.ingress : spec.egress) ?? [];
    return rules.some((rule) =>
      ruleAllows(rule, direction === 'Ingress' ? rule.from : rule.to, subject.namespace, other, port),
    );
  });
}

/** Whether the NetworkPolicies let `from` open a TCP connection to `to` on `port`. */
export function connectionAllowed(policies: readonly K8sObject[], from: Pod, to: Pod, port: number): boolean {
  return (
    directionAllows(policies, 'Egress', from, to, port) &&
    directionAllows(policies, 'Ingress', to, from, port)
  );
}
