import { Injectable } from '@nestjs/common';
import { recordAudit } from '@kzps/audit';
import { ComplaintsEventTypes } from '@kzps/contracts';
import { inTransaction } from '@kzps/db';
import { Clock, pageOf, pageRows, type Bilingual, type Page, type PageQueryDto } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { officerOrganizationOf, recipientIdNumberOf, type CallerIdentity } from '../common/identity';
import { ComplaintEvents, factsOf } from '../events/complaint-events';
import {
  assertComplainant,
  assertInstanceOfficer,
  assertNotWithdrawn,
  assertReader,
} from './complaint-access';
import { loadComplaint, type ComplaintFile } from './complaint-record';
import { ComplaintViews, type ComplaintView } from './complaint-view';
import { complaintsError, ComplaintsErrorCode } from './complaints.errors';
import type { RecordCourtDto } from './dto/review.dto';
import type { RegisterQueryDto } from './dto/list.dto';
import { audit } from './review.service';

/** One line of an instance's register or of a complainant's list. */
export interface RegisterEntry {
  complaintId: string;
  registerNumber: string;
  registrationDate: string;
  stage: number;
  competent: boolean;
  state: string;
  dueDate: string | null;
  overdue: boolean;
  ground: string;
  form: string;
  serviceId: string;
  complaintStatus: string;
}

/** A deadline watcher's alert to the officers of an instance (Art. 19.6 last day to extend, a missed term). */
export interface OfficerAlert {
  complaintId: string;
  registerNumber: string;
  kind: 'extension_last_day' | 'overdue';
  text: Bilingual;
  raisedAt: string;
}

const ENTRY_COLUMNS = `c.id AS "complaintId", s.register_number AS "registerNumber",
  to_char(s.registration_date, 'YYYY-MM-DD') AS "registrationDate", s.stage, s.competent, s.state,
  to_char(s.due_date, 'YYYY-MM-DD') AS "dueDate", s.overdue_at IS NOT NULL AS overdue, c.ground, c.form,
  c.service_id AS "serviceId", c.status AS "complaintStatus"`;

/** Reading complaints, the registers, and what the complainant records: court and withdrawal. */
@Injectable()
export class RecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly events: ComplaintEvents,
    private readonly views: ComplaintViews,
  ) {}

  /** Art. 19.7: only its readers see a complaint, and every staff read is audited. */
  read(caller: CallerIdentity, id: string): Promise<ComplaintView> {
    return this.dataSource.transaction(async (manager) => {
      const file = await loadComplaint(manager, id, false);
      if (assertReader(caller, file) === 'staff') {
        await recordAudit(manager, {
          actor: caller,
          action: 'complaint.read',
          resourceType: 'complaint',
          resourceId: id,
          occurredAt: this.clock.now(),
        });
      }
      return this.views.of(manager, id);
    });
  }

  /** The register of the caller's body (Art. 19.4.1): every registration there, newest first. */
  async register(caller: CallerIdentity, query: RegisterQueryDto): Promise<Page<RegisterEntry>> {
    const organization = officerOrganizationOf(caller);
    if (!organization) throw complaintsError(ComplaintsErrorCode.INSTANCE_NOT_YOURS);
    const conditions = ['s.instance_id = $1'];
    const params: unknown[] = [organization];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (query.state) add('s.state = ?', query.state);
    if (query.overdue !== undefined)
      conditions.push(query.overdue ? 's.overdue_at IS NOT NULL' : 's.overdue_at IS NULL');
    if (query.ground) add('c.ground = ?', query.ground);
    if (query.serviceId) add('c.service_id = ?', query.serviceId);
    if (query.registeredFrom) add('s.registration_date >= ?', query.registeredFrom);
    if (query.registeredTo) add('s.registration_date <= ?', query.registeredTo);
    const entries = await this.entries(`${conditions.join(' AND ')}`, params, query);
    await recordAudit(this.dataSource.manager, {
      actor: caller,
      action: 'complaint.register.read',
      resourceType: 'complaint_register',
      resourceId: organization,
      occurredAt: this.clock.now(),
    });
    return entries;
  }

  /** The alerts the deadline watcher raised for the caller's body, newest first. */
  async alerts(caller: CallerIdentity, query: PageQueryDto): Promise<Page<OfficerAlert>> {
    const organization = officerOrganizationOf(caller);
    if (!organization) throw complaintsError(ComplaintsErrorCode.INSTANCE_NOT_YOURS);
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<Array<Omit<OfficerAlert, 'raisedAt'> & { raisedAt: Date }>>(
      `SELECT a.complaint_id AS "complaintId", s.register_number AS "registerNumber", a.kind, a.text,
         a.raised_at AS "raisedAt"
       FROM complaint_alert a JOIN complaint_stage s ON s.id = a.stage_id
       WHERE a.instance_id = $1 ORDER BY a.raised_at DESC, a.id LIMIT ${take} OFFSET ${skip}`,
      [organization],
    );
    const [count] = await this.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM complaint_alert WHERE instance_id = $1`,
      [organization],
    );
    return pageOf(
      query,
      rows.map((row) => ({ ...row, raisedAt: row.raisedAt.toISOString() })),
      count?.n ?? 0,
    );
  }

  /** The complainant's own complaints, each at its current registration. */
  async mine(caller: CallerIdentity, query: PageQueryDto): Promise<Page<RegisterEntry>> {
    const idNumber = recipientIdNumberOf(caller);
    if (!idNumber) throw complaintsError(ComplaintsErrorCode.COMPLAINANT_IDENTITY_REQUIRED);
    return this.entries(
      `c.complainant_id_number = $1 AND s.id = (SELECT id FROM complaint_stage WHERE complaint_id = c.id
         ORDER BY stage DESC, competent DESC, registered_at DESC LIMIT 1)`,
      [idNumber],
      query,
    );
  }

  /** Art. 19.7-8: going to court is recorded at any stage; the pre-trial track stays as it is. */
  recordCourt(caller: CallerIdentity, id: string, dto: RecordCourtDto): Promise<ComplaintView> {
    return this.act(id, async (manager, file, now) => {
      this.assertComplainantOrPaperDesk(caller, file);
      if (file.complaint.court) throw complaintsError(ComplaintsErrorCode.COURT_ALREADY_RECORDED);
      const court = {
        court: { kk: dto.court.kk, ru: dto.court.ru },
        filedOn: dto.filedOn,
        caseNumber: dto.caseNumber ?? null,
        stage: file.current.stage,
        recordedAt: now.toISOString(),
      };
      await manager.query(`UPDATE complaint SET court = $2::jsonb WHERE id = $1`, [
        id,
        JSON.stringify(court),
      ]);
      await this.events.append(manager, ComplaintsEventTypes.courtRecorded, now, {
        ...factsOf(file.complaint),
        stage: file.current.stage,
        filedOn: dto.filedOn,
        court: court.court,
        recordedAt: court.recordedAt,
      });
      await audit(
        manager,
        caller,
        'complaint.court',
        id,
        `court recorded at stage ${file.current.stage}`,
        now,
      );
    });
  }

  /** The complainant withdraws: the open registration is closed and nothing further runs. */
  withdraw(caller: CallerIdentity, id: string): Promise<ComplaintView> {
    return this.act(id, async (manager, file, now) => {
      this.assertComplainantOrPaperDesk(caller, file);
      assertNotWithdrawn(file);
      await manager.query(
        `UPDATE complaint_stage SET state = 'closed' WHERE complaint_id = $1 AND state = 'open'`,
        [id],
      );
      await manager.query(`UPDATE complaint SET status = 'withdrawn', withdrawn_at = $2 WHERE id = $1`, [
        id,
        now,
      ]);
      await this.events.append(manager, ComplaintsEventTypes.withdrawn, now, {
        ...factsOf(file.complaint),
        stage: file.current.stage,
        withdrawnAt: now.toISOString(),
      });
      await audit(manager, caller, 'complaint.withdraw', id, `withdrawn at stage ${file.current.stage}`, now);
    });
  }

  /** A paper complainant acts in writing: the officer of the current instance records it for them. */
  private assertComplainantOrPaperDesk(caller: CallerIdentity, file: ComplaintFile): void {
    if (file.complaint.form === 'paper' && officerOrganizationOf(caller) === file.current.instanceId) {
      assertInstanceOfficer(caller, file, file.current);
      return;
    }
    assertComplainant(caller, file);
  }

  private async entries(where: string, params: unknown[], query: PageQueryDto): Promise<Page<RegisterEntry>> {
    const { skip, take } = pageRows(query);
    const from = `FROM complaint_stage s JOIN complaint c ON c.id = s.complaint_id WHERE ${where}`;
    const rows = await this.dataSource.query<RegisterEntry[]>(
      `SELECT ${ENTRY_COLUMNS} ${from} ORDER BY s.registered_at DESC, s.id LIMIT ${take} OFFSET ${skip}`,
      params,
    );
    const [count] = await this.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n ${from}`,
      params,
    );
    return pageOf(query, rows, count?.n ?? 0);
  }

  private act(
    id: string,
    change: (manager: EntityManager, file: ComplaintFile, now: Date) => Promise<void>,
  ): Promise<ComplaintView> {
    return inTransaction(this.dataSource, async (manager) => {
      const file = await loadComplaint(manager, id, true);
      await change(manager, file, this.clock.now());
      return this.views.of(manager, id);
    });
  }
}
