import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parser } from '@prometheus-io/lezer-promql';
import { parse } from 'yaml';

/** A PromQL expression of the alert rules or the dashboard, and where it is written. */
export interface MonitoringQuery {
  where: string;
  expr: string;
}

/** A metric a query reads, with its label matchers (`sweep=~"a|b"` is `{ label, op: '=~', value }`). */
export interface MetricSelector {
  metric: string;
  matchers: Array<{ label: string; op: string; value: string }>;
}

export const ALERT_RULES_FILE = join('k8s', 'monitoring', 'alerts.rules.yaml');
export const DASHBOARD_FILE = join('k8s', 'monitoring', 'dashboard.json');

interface RuleFile {
  groups: Array<{ name: string; rules: Array<{ alert?: string; record?: string; expr: string }> }>;
}

interface DashboardPanel {
  title?: string;
  targets?: Array<{ expr?: string }>;
  panels?: DashboardPanel[];
}

/** Every expression of k8s/monitoring: each alert's, then each dashboard panel's. */
export function monitoringQueries(root: string): MonitoringQuery[] {
  const rules = parse(readFileSync(join(root, ALERT_RULES_FILE), 'utf8')) as RuleFile;
  const queries = rules.groups.flatMap((group) =>
    group.rules.map((rule) => ({ where: `alert ${rule.alert ?? rule.record}`, expr: rule.expr })),
  );
  const dashboard = JSON.parse(readFileSync(join(root, DASHBOARD_FILE), 'utf8')) as DashboardPanel;
  const visit = (panel: DashboardPanel): void => {
    for (const target of panel.targets ?? []) {
      if (target.expr) queries.push({ where: `panel "${panel.title}"`, expr: target.expr });
    }
    (panel.panels ?? []).forEach(visit);
  };
  visit(dashboard);
  return queries;
}

/** The PromQL grammar's syntax errors in an expression (empty when it parses). */
export function promqlSyntaxErrors(expr: string): string[] {
  const errors: string[] = [];
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.type.isError)
        errors.push(`syntax error at ${node.from}: ${expr.slice(node.from, node.from + 20)}`);
    },
  });
  return errors;
}

const unquote = (literal: string): string =>
  JSON.parse(literal.startsWith("'") ? `"${literal.slice(1, -1)}"` : literal) as string;

/** The metrics an expression selects, read from its syntax tree (never by pattern-matching its text). */
export function metricSelectors(expr: string): MetricSelector[] {
  const selectors: MetricSelector[] = [];
  const tree = parser.parse(expr);
  tree.iterate({
    enter: (node) => {
      if (node.name !== 'VectorSelector') return;
      const identifier = node.node.getChild('Identifier');
      if (!identifier) return;
      const selector: MetricSelector = { metric: expr.slice(identifier.from, identifier.to), matchers: [] };
      for (const matcher of node.node.getChild('LabelMatchers')?.getChildren('UnquotedLabelMatcher') ?? []) {
        const label = matcher.getChild('LabelName');
        const op = matcher.getChild('MatchOp');
        const value = matcher.getChild('StringLiteral');
        if (!label || !op || !value) continue;
        selector.matchers.push({
          label: expr.slice(label.from, label.to),
          op: expr.slice(op.from, op.to),
          value: unquote(expr.slice(value.from, value.to)),
        });
      }
      selectors.push(selector);
    },
  });
  return selectors;
}

/**
 * The metric names and label values a Prometheus text exposition offers: every `# TYPE` family (a histogram
 * also as its `_bucket`, `_sum` and `_count`), and per label the values its samples carry.
 */
export function exposedMetrics(text: string): { names: Set<string>; labelValues: Map<string, Set<string>> } {
  const names = new Set<string>();
  const labelValues = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    const family = /^# TYPE (\S+) (\S+)/.exec(line);
    if (family) {
      const [, name, type] = family as unknown as [string, string, string];
      names.add(name);
      if (type === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(name + suffix);
      if (type === 'summary') for (const suffix of ['_sum', '_count']) names.add(name + suffix);
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)\{(.*)\} /.exec(line);
    if (!sample) continue;
    for (const [, label, value] of (sample[2] ?? '').matchAll(
      /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g,
    )) {
      if (!label || value === undefined) continue;
      const values = labelValues.get(label) ?? new Set<string>();
      values.add(value);
      labelValues.set(label, values);
    }
  }
  return { names, labelValues };
}
