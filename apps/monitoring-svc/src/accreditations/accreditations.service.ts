import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasRole, type Identity, type Role } from '@kzps/auth';
import { localDateOf } from '@kzps/calendar';
import { MonitoringEventTypes } from '@kzps/contracts';
import { inTransaction } from '@kzps/db';
import { Clock, pageOf, pageRows, type Bilingual, type Page } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { monitoringOutbox } from '../common/monitoring-outbox';
import { DesignatedBodiesService } from '../registry/designated-bodies.service';
import { accreditationsError, AccreditationsErrorCode as Code } from './accreditations.errors';
import type {
  AccreditationReasonDto,
  AccreditationsQueryDto,
  AccreditationState,
  ApplyForAccreditationDto,
  DecideAccreditationDto,
} from './dto/accreditation-requests.dto';

/** Art. 23.3-4: the quality authority accredits; an NGO's monitor applies; the authorities read. */
export const AccreditationRoles = {
  accreditor: ['quality-authority'],
  applicants: ['ngo-monitor'],
  overseers: ['quality-authority', 'public-services-authority'],
} as const satisfies Record<string, readonly Role[]>;

export interface AccreditationView {
  accreditationId: string;
  ngoOrganizationId: string;
  ngoBin: string;
  ngoName: Bilingual;
  scope: Bilingual;
  appliedAt: string;
  status: AccreditationState;
  qualityAuthorityId: string | null;
  decidedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
  refusalReason: Bilingual | null;
  suspendedOn: string | null;
  suspensionReason: Bilingual | null;
  revokedOn: string | null;
  revocationReason: Bilingual | null;
  /** Granted, not suspended or revoked, and today within its validity (Asia/Almaty). */
  inForceToday: boolean;
}

interface AccreditationRow {
  id: string;
  ngo_organization_id: string;
  ngo_bin: string;
  ngo_name: Bilingual;
  scope: Bilingual;
  applied_at: Date;
  status: AccreditationState;
  quality_authority_id: string | null;
  decided_on: string | null;
  valid_from: string | null;
  valid_until: string | null;
  refusal_reason: Bilingual | null;
  suspended_on: string | null;
  suspension_reason: Bilingual | null;
  revoked_on: string | null;
  revocation_reason: Bilingual | null;
}

const COLUMNS = `id, ngo_organization_id, ngo_bin, ngo_name, scope, applied_at, status, quality_authority_id,
  decided_on::text, valid_from::text, valid_until::text, refusal_reason, suspended_on::text, suspension_reason,
  revoked_on::text, revocation_reason`;

/** SQL: the accreditation is in force on the date `$n`. */
const inForceOn = (parameter: string): string =>
  `status = 'granted' AND valid_from <= ${parameter} AND valid_until >= ${parameter}`;

const bilingualJson = (text: Bilingual): string => JSON.stringify({ kk: text.kk, ru: text.ru });

/**
 * Accreditation of NGOs for public monitoring (Art. 23.3-4): an NGO applies; the quality authority the
 * registry designates (D18) grants it for a validity or refuses with a reason, suspends, resumes and revokes.
 * An NGO holds one application or accreditation at a time. Grant and revocation are announced (outbox).
 */
@Injectable()
export class AccreditationsService {
  private readonly events = monitoringOutbox();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bodies: DesignatedBodiesService,
  ) {}

  apply(caller: Identity, dto: ApplyForAccreditationDto): Promise<AccreditationView> {
    const ngo = this.ngoOf(caller);
    return inTransaction(this.dataSource, async (manager) => {
      const [open] = await manager.query<unknown[]>(
        `SELECT 1 FROM accreditation WHERE ngo_organization_id = $1 AND status IN ('applied', 'granted', 'suspended')`,
        [ngo],
      );
      if (open) throw accreditationsError(Code.ACCREDITATION_ALREADY_HELD);
      const id = randomUUID();
      await manager.query(
        `INSERT INTO accreditation (id, ngo_organization_id, ngo_bin, ngo_name, scope, applied_at, status)
         VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, 'applied')`,
        [id, ngo, dto.ngoBin, bilingualJson(dto.ngoName), bilingualJson(dto.scope), this.clock.now()],
      );
      return this.load(manager, id);
    });
  }

  decide(caller: Identity, id: string, dto: DecideAccreditationDto): Promise<AccreditationView> {
    return inTransaction(this.dataSource, async (manager) => {
      const authority = await this.bodies.assertQualityAuthority(manager, caller);
      const row = await this.lock(manager, id);
      if (row.status !== 'applied') throw accreditationsError(Code.ACCREDITATION_NOT_PENDING);
      const now = this.clock.now();
      const today = localDateOf(now);
      if (dto.decision === 'refused') {
        if (!dto.reason) throw accreditationsError(Code.ACCREDITATION_REASON_REQUIRED);
        await manager.query(
          `UPDATE accreditation SET status = 'refused', quality_authority_id = $2, decided_on = $3,
             refusal_reason = $4::jsonb WHERE id = $1`,
          [id, authority, today, bilingualJson(dto.reason)],
        );
        return this.load(manager, id);
      }
      const { validFrom, validUntil } = dto;
      if (!validFrom || !validUntil) throw accreditationsError(Code.ACCREDITATION_VALIDITY_REQUIRED);
      if (validUntil < validFrom) throw accreditationsError(Code.ACCREDITATION_VALIDITY_INVERTED);
      if (validFrom < today) throw accreditationsError(Code.ACCREDITATION_BACKDATED);
      await manager.query(
        `UPDATE accreditation SET status = 'granted', quality_authority_id = $2, decided_on = $3, valid_from = $4,
           valid_until = $5 WHERE id = $1`,
        [id, authority, today, validFrom, validUntil],
      );
      await this.events.append(manager, {
        type: MonitoringEventTypes.accreditationGranted,
        time: now,
        data: {
          accreditationId: id,
          ngoOrganizationId: row.ngo_organization_id,
          ngoBin: row.ngo_bin,
          ngoName: row.ngo_name,
          validFrom,
          validUntil,
          decidedOn: today,
          qualityAuthorityId: authority,
        },
      });
      return this.load(manager, id);
    });
  }

  /** A suspended accreditation is not in force: the NGO's reports on an order are refused meanwhile. */
  suspend(caller: Identity, id: string, dto: AccreditationReasonDto): Promise<AccreditationView> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.bodies.assertQualityAuthority(manager, caller);
      const row = await this.lock(manager, id);
      if (row.status !== 'granted') throw accreditationsError(Code.ACCREDITATION_NOT_GRANTED);
      await manager.query(
        `UPDATE accreditation SET status = 'suspended', suspended_on = $2, suspension_reason = $3::jsonb
         WHERE id = $1`,
        [id, localDateOf(this.clock.now()), bilingualJson(dto.reason)],
      );
      return this.load(manager, id);
    });
  }

  resume(caller: Identity, id: string): Promise<AccreditationView> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.bodies.assertQualityAuthority(manager, caller);
      const row = await this.lock(manager, id);
      if (row.status !== 'suspended') throw accreditationsError(Code.ACCREDITATION_NOT_SUSPENDED);
      await manager.query(`UPDATE accreditation SET status = 'granted' WHERE id = $1`, [id]);
      return this.load(manager, id);
    });
  }

  revoke(caller: Identity, id: string, dto: AccreditationReasonDto): Promise<AccreditationView> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.bodies.assertQualityAuthority(manager, caller);
      const row = await this.lock(manager, id);
      if (row.status !== 'granted' && row.status !== 'suspended') {
        throw accreditationsError(Code.ACCREDITATION_NOT_GRANTED);
      }
      const now = this.clock.now();
      const today = localDateOf(now);
      await manager.query(
        `UPDATE accreditation SET status = 'revoked', revoked_on = $2, revocation_reason = $3::jsonb WHERE id = $1`,
        [id, today, bilingualJson(dto.reason)],
      );
      await this.events.append(manager, {
        type: MonitoringEventTypes.accreditationRevoked,
        time: now,
        data: {
          accreditationId: id,
          ngoOrganizationId: row.ngo_organization_id,
          revokedOn: today,
          reason: { kk: dto.reason.kk, ru: dto.reason.ru },
        },
      });
      return this.load(manager, id);
    });
  }

  async get(caller: Identity, id: string): Promise<AccreditationView> {
    const view = await this.load(this.dataSource.manager, id);
    const own = this.ownNgo(caller);
    if (own !== undefined && own !== view.ngoOrganizationId)
      throw accreditationsError(Code.ACCREDITATION_NOT_FOUND);
    return view;
  }

  async list(caller: Identity, query: AccreditationsQueryDto): Promise<Page<AccreditationView>> {
    const params: unknown[] = [];
    const conditions = ['true'];
    const own = this.ownNgo(caller);
    if (own !== undefined) {
      params.push(own);
      conditions.push(`ngo_organization_id = $${params.length}`);
    }
    if (query.status) {
      params.push(query.status);
      conditions.push(`status = $${params.length}`);
    }
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<Array<AccreditationRow & { total: number }>>(
      `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM accreditation WHERE ${conditions.join(' AND ')}
       ORDER BY applied_at DESC, id LIMIT ${take} OFFSET ${skip}`,
      params,
    );
    const today = localDateOf(this.clock.now());
    return pageOf(
      query,
      rows.map((row) => this.view(row, today)),
      rows[0]?.total ?? 0,
    );
  }

  /**
   * The NGO's accreditation in force on the day (Art. 23.1: only an accredited NGO monitors on a state order),
   * locked so a revocation in flight waits for the act that relies on it.
   */
  async inForce(manager: EntityManager, ngoOrganizationId: string, day: string): Promise<string> {
    const [row] = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM accreditation WHERE ngo_organization_id = $1 AND ${inForceOn('$2::date')} FOR SHARE`,
      [ngoOrganizationId, day],
    );
    if (!row) throw accreditationsError(Code.ACCREDITATION_NOT_IN_FORCE);
    return row.id;
  }

  /** The caller's NGO; a monitor's token must name it. */
  ngoOf(caller: Identity): string {
    if (!caller.organizationId) throw accreditationsError(Code.ACCREDITATION_APPLICANT_WITHOUT_ORGANIZATION);
    return caller.organizationId;
  }

  /** An NGO's monitor sees its own; the authorities see every accreditation (undefined). */
  private ownNgo(caller: Identity): string | undefined {
    return hasRole(caller, ...AccreditationRoles.overseers) ? undefined : this.ngoOf(caller);
  }

  private async lock(manager: EntityManager, id: string): Promise<AccreditationRow> {
    const [row] = await manager.query<AccreditationRow[]>(
      `SELECT ${COLUMNS} FROM accreditation WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!row) throw accreditationsError(Code.ACCREDITATION_NOT_FOUND);
    return row;
  }

  private async load(manager: EntityManager, id: string): Promise<AccreditationView> {
    const [row] = await manager.query<AccreditationRow[]>(
      `SELECT ${COLUMNS} FROM accreditation WHERE id = $1`,
      [id],
    );
    if (!row) throw accreditationsError(Code.ACCREDITATION_NOT_FOUND);
    return this.view(row, localDateOf(this.clock.now()));
  }

  private view(row: AccreditationRow, today: string): AccreditationView {
    return {
      accreditationId: row.id,
      ngoOrganizationId: row.ngo_organization_id,
      ngoBin: row.ngo_bin,
      ngoName: row.ngo_name,
      scope: row.scope,
      appliedAt: row.applied_at.toISOString(),
      status: row.status,
      qualityAuthorityId: row.quality_authority_id,
      decidedOn: row.decided_on,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      refusalReason: row.refusal_reason,
      suspendedOn: row.suspended_on,
      suspensionReason: row.suspension_reason,
      revokedOn: row.revoked_on,
      revocationReason: row.revocation_reason,
      inForceToday:
        row.status === 'granted' &&
        row.valid_from !== null &&
        row.valid_until !== null &&
        row.valid_from <= today &&
        today <= row.valid_until,
    };
  }
}
