import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { localDateOf, endOfLocalDay, type WorkingCalendar } from '@kzps/calendar';
import { CalendarStore } from '@kzps/calendar-store';
import { ComplaintsEventTypes, type InstanceRole } from '@kzps/contracts';
import type { Bilingual } from '@kzps/platform';
import type { EntityManager } from 'typeorm';
import { ComplaintEvents, stageFactsOf } from '../events/complaint-events';
import { STAGE_COLUMNS, type ComplaintRow, type StageRow } from './complaint-record';
import { qualityRegistrationNotice, registrationNotice } from './complaint-texts';

/** Art. 19.6: the complainant is told of an extension no later than three working days before the term ends. */
export const EXTENSION_NOTICE_WORKING_DAYS = 3;

/** Where a complaint is registered: an instance of its chain, or a body that is not competent for it. */
export interface Registration {
  stage: number;
  instanceId: string;
  role: InstanceRole | null;
  /** The chain's term at this instance; null when the body is not competent (it only redirects). */
  termWorkingDays: number | null;
}

/** The last day an extension may still be noticed, for a stage due on `dueDate`. */
export function lastExtensionDate(calendar: WorkingCalendar, dueDate: string): string {
  return calendar.workingDaysBefore(dueDate, EXTENSION_NOTICE_WORKING_DAYS);
}

/**
 * Registers a complaint in an instance's register (Art. 19.4.1, 19.7): the instance's next number for the
 * year, the registration date, the review term counted from registration on the service's calendar (it
 * starts the next day), the notice to the complainant, the notice to the quality authority (Art. 19.4) and
 * the `registered` event, all in the caller's transaction.
 */
@Injectable()
export class ComplaintRegistration {
  constructor(
    private readonly calendars: CalendarStore,
    private readonly events: ComplaintEvents,
  ) {}

  async register(
    manager: EntityManager,
    complaint: ComplaintRow,
    at: Registration,
    now: Date,
  ): Promise<StageRow> {
    const registrationDate = localDateOf(now);
    const year = Number(registrationDate.slice(0, 4));
    const [counter] = await manager.query<Array<{ lastNumber: number }>>(
      `INSERT INTO complaint_register_counter (instance_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (instance_id, year) DO UPDATE SET last_number = complaint_register_counter.last_number + 1
       RETURNING last_number AS "lastNumber"`,
      [at.instanceId, year],
    );
    const registerNumber = `${year}-${String(counter?.lastNumber).padStart(6, '0')}`;
    const calendar = this.calendars.current();
    const term =
      at.termWorkingDays === null
        ? null
        : calendar.term({ start: now, amount: at.termWorkingDays, unit: 'working_days' });
    const [stage] = await manager.query<StageRow[]>(
      `INSERT INTO complaint_stage (id, complaint_id, stage, instance_id, instance_role, competent, register_number,
         registered_at, registration_date, term_working_days, due_date, due_at, last_extension_date, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'open')
       RETURNING ${STAGE_COLUMNS}`,
      [
        randomUUID(),
        complaint.id,
        at.stage,
        at.instanceId,
        at.role,
        term !== null,
        registerNumber,
        now,
        registrationDate,
        at.termWorkingDays,
        term?.dueDate ?? null,
        term ? endOfLocalDay(term.dueDate) : null,
        term ? lastExtensionDate(calendar, term.dueDate) : null,
      ],
    );
    if (!stage) throw new Error('the registration was not written');
    await this.notifyComplainant(
      manager,
      complaint,
      stage,
      'registered',
      registrationNotice(registerNumber, registrationDate, stage.dueDate),
      now,
    );
    if (at.role !== 'quality_authority') {
      await this.notifyQualityAuthority(
        manager,
        complaint,
        stage,
        'registered',
        qualityRegistrationNotice(at.role, registerNumber),
        now,
      );
    }
    await this.events.append(manager, ComplaintsEventTypes.registered, now, {
      ...stageFactsOf(complaint, stage),
      competent: stage.competent,
    });
    return stage;
  }

  /** Art. 19.6: in writing for a paper complaint, electronically for an electronic one. */
  async notifyComplainant(
    manager: EntityManager,
    complaint: ComplaintRow,
    stage: StageRow,
    kind: string,
    text: Bilingual,
    now: Date,
  ): Promise<void> {
    const channel = complaint.form === 'paper' ? 'in_writing' : 'electronic';
    await this.notice(manager, complaint.id, stage.id, 'complainant', kind, channel, text, now);
  }

  async notifyQualityAuthority(
    manager: EntityManager,
    complaint: ComplaintRow,
    stage: StageRow,
    kind: string,
    text: Bilingual,
    now: Date,
  ): Promise<void> {
    await this.notice(manager, complaint.id, stage.id, 'quality_authority', kind, 'electronic', text, now);
  }

  private async notice(
    manager: EntityManager,
    complaintId: string,
    stageId: string,
    addressee: 'complainant' | 'quality_authority',
    kind: string,
    channel: 'in_writing' | 'electronic',
    text: Bilingual,
    now: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO complaint_notice (id, complaint_id, stage_id, addressee, kind, channel, text, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
      [randomUUID(), complaintId, stageId, addressee, kind, channel, JSON.stringify(text), now],
    );
  }
}
