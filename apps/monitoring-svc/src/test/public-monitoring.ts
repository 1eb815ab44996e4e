import { randomUUID } from 'node:crypto';
import type { IdentityClaimsInput } from '@kzps/auth';
import type { AccreditationView } from '../accreditations/accreditations.service';
import type { RunningService } from './harness';

let sequence = 0;

/** An NGO's monitor, acting for an NGO of its own (NGOs are not in the registry of providers). */
export function ngoMonitor(): IdentityClaimsInput {
  return {
    subject: `ngo-monitor-${randomUUID().slice(0, 8)}`,
    roles: ['ngo-monitor'],
    organizationId: randomUUID(),
  };
}

export function applicationOf(): object {
  sequence += 1;
  return {
    ngoBin: String(200_000_000_000 + sequence),
    ngoName: { kk: `Қоғамдық қор ${sequence}`, ru: `Общественный фонд ${sequence}` },
    scope: { kk: 'Әлеуметтік қызметтер мониторингі', ru: 'Мониторинг социальных услуг' },
  };
}

/** The NGO applies and the quality authority's officer grants the accreditation from today. */
export async function accredit(
  service: RunningService,
  monitor: IdentityClaimsInput,
  inspector: IdentityClaimsInput,
  validity: { validFrom: string; validUntil: string },
): Promise<AccreditationView> {
  const applied = await service.call('POST', '/api/v1/monitoring/accreditations', monitor, applicationOf());
  if (applied.statusCode !== 201) throw new Error(`application: ${applied.statusCode} ${applied.body}`);
  const { accreditationId } = applied.json<AccreditationView>();
  const granted = await service.call(
    'POST',
    `/api/v1/monitoring/accreditations/${accreditationId}/decision`,
    inspector,
    { decision: 'granted', ...validity },
  );
  if (granted.statusCode !== 200) throw new Error(`decision: ${granted.statusCode} ${granted.body}`);
  return granted.json<AccreditationView>();
}
