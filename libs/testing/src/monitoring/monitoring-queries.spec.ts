import { Counter, Histogram, Registry } from 'prom-client';
import { exposedMetrics, metricSelectors, promqlSyntaxErrors } from './monitoring-queries';

describe('monitoring queries', () => {
  it('reads the metrics and label matchers a PromQL expression selects from its syntax tree', () => {
    expect(
      metricSelectors(
        'sum by (sweep) (increase(periodic_sweep_items_total{outcome="done", sweep=~"a|b"}[1h])) / max(up offset 5m) > 0',
      ),
    ).toEqual([
      {
        metric: 'periodic_sweep_items_total',
        matchers: [
          { label: 'outcome', op: '=', value: 'done' },
          { label: 'sweep', op: '=~', value: 'a|b' },
        ],
      },
      { metric: 'up', matchers: [] },
    ]);
    expect(metricSelectors('sum by (le) (rate(a_bucket[5m]))')).toEqual([
      { metric: 'a_bucket', matchers: [] },
    ]);
  });

  it('names the syntax errors of an expression, and none of a valid one', () => {
    expect(promqlSyntaxErrors('sum(rate(x[5m]))')).toEqual([]);
    expect(promqlSyntaxErrors('sum(rate(x[5m])')).not.toEqual([]);
  });

  it("lists a scrape's metric families (a histogram with its series) and label values, even a counter not yet counted", async () => {
    const registry = new Registry();
    new Histogram({ name: 'h_seconds', help: 'h', labelNames: ['route'], registers: [registry] }).observe(
      { route: '/x/:id' },
      0.1,
    );
    new Counter({ name: 'c_total', help: 'c', labelNames: ['topic'], registers: [registry] });
    const { names, labelValues } = exposedMetrics(await registry.metrics());
    expect([...names].sort()).toEqual([
      'c_total',
      'h_seconds',
      'h_seconds_bucket',
      'h_seconds_count',
      'h_seconds_sum',
    ]);
    expect([...(labelValues.get('route') ?? [])]).toEqual(['/x/:id']);
  });
});
