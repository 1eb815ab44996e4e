import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  CalendarError,
  CalendarErrorCode as CalendarRefusal,
  datesOf,
  type CalendarAmendment,
  type WorkingCalendar,
} from '@kzps/calendar';
import {
  amendmentOf,
  calendarProblem,
  CalendarAmendmentRow,
  CalendarRevisionRow,
  CalendarStore,
  contractOfRow,
} from '@kzps/calendar-store';
import {
  CALENDAR_SUBJECT,
  RegistryEventTypes,
  type CalendarAmendmentKind,
  type CalendarChangedV1,
} from '@kzps/contracts';
import { OutboxService } from '@kzps/messaging';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Clock, pageOf, pageRows, type Page, type PageQueryDto } from '@kzps/platform';
import type { Actor } from '../common/actor';
import { recordRegistryAudit } from '../common/audit';
import { calendarError, CalendarErrorCode } from './calendar.errors';
import { amendmentDto, dayDto, termDto, yearDto } from './calendar.mapper';
import type {
  CalendarAmendmentDto,
  CalendarDayDto,
  CalendarSummaryDto,
  CalendarYearDto,
  RecordAmendmentDto,
  TermDto,
  TermQueryDto,
} from './dto/calendar.dto';

/** Runs a calendar computation, turning the library's refusals into 400 problems naming the parameter. */
function computed<T>(compute: () => T, fieldOf: (field: string) => string = (field) => field): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarError) throw calendarProblem(error, fieldOf(error.details.field));
    throw error;
  }
}

/**
 * The working-day calendar registry-svc owns: reads on the current calendar (built-in data plus the
 * amendments in force), and amendments recorded by an administrator. Each change commits with its audit
 * record and the calendar.changed event carrying every amendment in force, so other services' copies follow.
 */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly store: CalendarStore,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async summary(): Promise<CalendarSummaryDto> {
    const calendar = this.store.current();
    const rows = await this.activeRows(this.dataSource.manager);
    return {
      revision: await this.store.storedRevision(this.dataSource.manager),
      weekendDays: [...calendar.weekendDays],
      // The years the library's data was verified for; any year 2005-2099 can still be asked for.
      years: calendar.verifiedYears.map((year) => {
        const overview = calendar.yearOverview(year);
        return {
          year,
          provisional: overview.provisional,
          pending: overview.pending.map(({ year: y, id, name }) => ({ year: y, id, name })),
        };
      }),
      amendments: rows.map(amendmentDto),
    };
  }

  year(year: number): CalendarYearDto {
    return computed(() => yearDto(this.store.current().yearOverview(year)));
  }

  day(date: string): CalendarDayDto {
    return computed(() => dayDto(this.store.current().day(date)));
  }

  term(query: TermQueryDto): TermDto {
    const calendar = this.store.current();
    const suspensions = (query.suspension ?? []).map((interval) => {
      const [from = '', to = ''] = interval.split('/');
      return { from, to };
    });
    const term = computed(
      () =>
        calendar.term({
          start: query.start,
          amount: query.amount,
          unit: query.unit,
          startDayCounts: query.startDayCounts ?? false,
          suspensions,
        }),
      (field) => (field.startsWith('suspensions') ? 'suspension' : field),
    );
    const workingDays = query.noticeWorkingDays;
    if (workingDays === undefined) return termDto(term);
    const notice = computed(
      () => calendar.explainWorkingDaysBefore(term.dueDate, workingDays),
      () => 'noticeWorkingDays',
    );
    return termDto(term, { ...notice, workingDays });
  }

  async amendments(query: PageQueryDto): Promise<Page<CalendarAmendmentDto>> {
    const [rows, total] = await this.dataSource.manager.findAndCount(CalendarAmendmentRow, {
      order: { recordedAt: 'DESC', id: 'ASC' },
      ...pageRows(query),
    });
    return pageOf(query, rows.map(amendmentDto), total);
  }

  /** Labour Code Art. 85.3 and Government decrees: a day off moved, added or withdrawn. */
  async record(input: RecordAmendmentDto, actor: Actor): Promise<CalendarAmendmentDto> {
    const recordedAt = this.clock.now();
    const row = await this.dataSource.transaction(async (manager) => {
      const calendar = await this.lockedCalendar(manager);
      const amendment = amendmentFromInput(randomUUID(), input);
      computed(() => calendar.assertApplicable(amendment));
      const values: Partial<CalendarAmendmentRow> = {
        id: amendment.id,
        kind: amendment.kind,
        dateFrom: amendment.kind === 'transfer' ? amendment.from : null,
        dateTo: amendment.kind === 'transfer' ? amendment.to : null,
        date: amendment.kind === 'transfer' ? null : amendment.date,
        nameKk: amendment.kind === 'transfer' ? null : amendment.name.kk,
        nameRu: amendment.kind === 'transfer' ? null : amendment.name.ru,
        holidayId: amendment.kind === 'day_off' ? (amendment.holidayId ?? null) : null,
        legalBasisKk: amendment.legalBasis.kk,
        legalBasisRu: amendment.legalBasis.ru,
        recordedAt,
        recordedBy: actor.subject,
        revokedAt: null,
        revokedBy: null,
        revocationBasis: null,
      };
      await manager.insert(CalendarAmendmentRow, values);
      const saved = await manager.findOneByOrFail(CalendarAmendmentRow, { id: amendment.id });
      await this.published(manager, recordedAt, 'recorded', saved);
      await recordRegistryAudit(manager, {
        actor,
        action: 'calendar-amendment.recorded',
        entityType: 'calendar-amendment',
        entityId: saved.id,
        changes: amendmentDto(saved),
      });
      return saved;
    });
    // This replica answers with the change at once; the others see the new revision at their next poll.
    await this.store.refresh();
    return amendmentDto(row);
  }

  async revoke(id: string, basis: string, actor: Actor): Promise<CalendarAmendmentDto> {
    const revokedAt = this.clock.now();
    const row = await this.dataSource.transaction(async (manager) => {
      await this.lockedCalendar(manager);
      const found = await manager.findOneBy(CalendarAmendmentRow, { id });
      if (!found) throw calendarError(CalendarErrorCode.AmendmentNotFound, `No calendar amendment ${id}`);
      if (found.revokedAt) {
        throw calendarError(CalendarErrorCode.AmendmentRevoked, `Amendment ${id} was revoked`, {
          revokedAt: found.revokedAt.toISOString(),
        });
      }
      Object.assign(found, { revokedAt, revokedBy: actor.subject, revocationBasis: basis });
      await manager.save(found);
      await this.published(manager, revokedAt, 'revoked', found);
      await recordRegistryAudit(manager, {
        actor,
        action: 'calendar-amendment.revoked',
        entityType: 'calendar-amendment',
        entityId: id,
        changes: { basis },
      });
      return found;
    });
    await this.store.refresh();
    return amendmentDto(row);
  }

  /** Takes the revision row's lock (two administrators take turns) and reads the calendar as of now. */
  private async lockedCalendar(manager: EntityManager): Promise<WorkingCalendar> {
    await manager.query('SELECT revision FROM calendar_revision WHERE id = 1 FOR UPDATE');
    return this.store.load(manager);
  }

  /** A new revision, and the event with every amendment in force after the change. */
  private async published(
    manager: EntityManager,
    changedAt: Date,
    action: CalendarChangedV1['change']['action'],
    changed: CalendarAmendmentRow,
  ): Promise<void> {
    const revision = (await this.store.storedRevision(manager)) + 1;
    await manager.update(CalendarRevisionRow, { id: 1 }, { revision, changedAt });
    const years = [
      ...new Set(datesOf(amendmentOf(contractOfRow(changed))).map((date) => Number(date.slice(0, 4)))),
    ];
    const data: CalendarChangedV1 = {
      revision,
      changedAt: changedAt.toISOString(),
      change: { action, amendmentId: changed.id, years },
      amendments: (await this.activeRows(manager)).map(contractOfRow),
    };
    await this.outbox.append(manager, {
      type: RegistryEventTypes.calendarChanged,
      subject: CALENDAR_SUBJECT,
      data,
    });
  }

  private activeRows(manager: EntityManager): Promise<CalendarAmendmentRow[]> {
    return manager.find(CalendarAmendmentRow, {
      where: { revokedAt: IsNull() },
      order: { recordedAt: 'ASC', id: 'ASC' },
    });
  }
}

const kindFields = ['from', 'to', 'date', 'nameKk', 'nameRu', 'holidayId'] as const;

/** The fields each kind of amendment takes; any other is refused by name, never silently dropped. */
const fieldsOfKind: Record<CalendarAmendmentKind, ReadonlyArray<(typeof kindFields)[number]>> = {
  transfer: ['from', 'to'],
  day_off: ['date', 'nameKk', 'nameRu', 'holidayId'],
  working_day: ['date', 'nameKk', 'nameRu'],
};

/** The request as the library's amendment; a field the kind needs but lacks, or does not take, is named. */
function amendmentFromInput(id: string, input: RecordAmendmentDto): CalendarAmendment {
  const refuse = (field: string, problem: string): never => {
    throw calendarProblem(new CalendarError(CalendarRefusal.AmendmentInvalid, { field, problem }));
  };
  for (const field of kindFields) {
    if (input[field] !== undefined && !fieldsOfKind[input.kind].includes(field)) {
      refuse(field, `not a field of ${input.kind}`);
    }
  }
  const required = (value: string | undefined, field: string): string =>
    value === undefined ? refuse(field, `required for ${input.kind}`) : value;
  const base = { id, legalBasis: { kk: input.legalBasis.kk, ru: input.legalBasis.ru } };
  switch (input.kind) {
    case 'transfer':
      return { ...base, kind: 'transfer', from: required(input.from, 'from'), to: required(input.to, 'to') };
    case 'day_off':
      return {
        ...base,
        kind: 'day_off',
        date: required(input.date, 'date'),
        name: { kk: required(input.nameKk, 'nameKk'), ru: required(input.nameRu, 'nameRu') },
        ...(input.holidayId ? { holidayId: input.holidayId } : {}),
      };
    case 'working_day':
      return {
        ...base,
        kind: 'working_day',
        date: required(input.date, 'date'),
        name: { kk: required(input.nameKk, 'nameKk'), ru: required(input.nameRu, 'nameRu') },
      };
  }
}
