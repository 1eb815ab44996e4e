import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALERT_RULES_FILE, metricSelectors, monitoringQueries, promqlSyntaxErrors } from '@kzps/testing';
import { parse, stringify } from 'yaml';
import { repoRoot } from './kubectl';
import { ensurePromtool } from './promtool';

const ALERT_TESTS_FILE = join('k8s', 'monitoring', 'alerts.test.yaml');

function promtool(...args: string[]): string {
  return execFileSync(ensurePromtool(), args, { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' });
}

describe('k8s/monitoring', () => {
  const queries = monitoringQueries(repoRoot);

  it('has alert rules promtool accepts', () => {
    expect(promtool('check', 'rules', ALERT_RULES_FILE)).toContain('SUCCESS');
  }, 120_000);

  it('fires each alert exactly as its unit tests expect (promtool test rules)', () => {
    expect(promtool('test', 'rules', ALERT_TESTS_FILE)).toContain('SUCCESS');
  }, 120_000);

  it('has a unit test in which every alert fires', () => {
    const unitTests = parse(readFileSync(join(repoRoot, ALERT_TESTS_FILE), 'utf8')) as {
      tests: Array<{ alert_rule_test: Array<{ alertname: string; exp_alerts: unknown[] }> }>;
    };
    const fired = new Set(
      unitTests.tests.flatMap((test) =>
        test.alert_rule_test.filter((check) => check.exp_alerts.length > 0).map((check) => check.alertname),
      ),
    );
    const alerts = queries
      .filter((query) => query.where.startsWith('alert '))
      .map((query) => query.where.slice(6));
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.filter((alert) => !fired.has(alert))).toEqual([]);
  });

  it('has dashboard queries that are valid PromQL to promtool and to the grammar', () => {
    const panels = queries.filter((query) => query.where.startsWith('panel '));
    expect(panels.length).toBeGreaterThan(10);
    const dir = mkdtempSync(join(tmpdir(), 'kzps-dashboard-'));
    try {
      // promtool checks expressions only inside rules: each panel's query as a recording rule.
      const file = join(dir, 'dashboard-queries.yaml');
      writeFileSync(
        file,
        stringify({
          groups: [
            {
              name: 'dashboard',
              rules: panels.map((panel, index) => ({ record: `dashboard:query_${index}`, expr: panel.expr })),
            },
          ],
        }),
      );
      expect(promtool('check', 'rules', file)).toContain('SUCCESS');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(
      queries.flatMap((query) => promqlSyntaxErrors(query.expr).map((error) => `${query.where}: ${error}`)),
    ).toEqual([]);
  }, 120_000);

  it('reads only metrics of the kzps apps, each query at least one', () => {
    const prefixes = ['http_request_duration_seconds', 'messaging_', 'periodic_sweep_', 'gateway_'];
    for (const query of queries) {
      const selectors = metricSelectors(query.expr);
      expect({ where: query.where, selects: selectors.length > 0 }).toEqual({
        where: query.where,
        selects: true,
      });
      for (const { metric } of selectors) {
        expect({
          where: query.where,
          metric,
          ours: prefixes.some((prefix) => metric.startsWith(prefix)),
        }).toEqual({
          where: query.where,
          metric,
          ours: true,
        });
      }
    }
  });
});
