import { inspectionScheduledEvent } from './control.events';
import { monitoringReportAcceptedEvent } from './public-monitoring.events';
import { MonitoringEventTypes } from './monitoring.events';

describe('the monitoring context’s events', () => {
  it('puts the external-control and public-monitoring events into the monitoring catalogue', () => {
    expect(MonitoringEventTypes.inspectionScheduled).toBe('kz.gov.monitoring.inspection.scheduled.v1');
    expect(MonitoringEventTypes.monitoringReportAccepted).toBe(
      'kz.gov.monitoring.monitoring-report.accepted.v1',
    );
  });

  it('gives an unplanned inspection a ground and a planned one none (Art. 22.3.1)', () => {
    const unplanned = inspectionScheduledEvent.example;
    expect(inspectionScheduledEvent.validate(unplanned)).toEqual([]);
    expect(inspectionScheduledEvent.validate({ ...unplanned, ground: null })).toEqual([
      'ground is required for an unplanned inspection and null for a planned one',
    ]);
    const planned = { ...unplanned, kind: 'planned', planYear: 2026, ground: null };
    expect(inspectionScheduledEvent.validate(planned)).toEqual([]);
    expect(inspectionScheduledEvent.validate({ ...planned, ground: unplanned.ground })).toHaveLength(1);
  });

  it('marks only a state order’s report as accredited, and own-initiative monitoring apart (Art. 23.1, 23.5)', () => {
    const accredited = monitoringReportAcceptedEvent.example;
    expect(monitoringReportAcceptedEvent.validate(accredited)).toEqual([]);
    const own = { ...accredited, basis: 'own-initiative', accredited: false, stateOrderId: null };
    expect(monitoringReportAcceptedEvent.validate(own)).toEqual([]);
    expect(monitoringReportAcceptedEvent.validate({ ...own, accredited: true })).toHaveLength(1);
    expect(monitoringReportAcceptedEvent.validate({ ...accredited, stateOrderId: null })).toHaveLength(1);
  });
});
