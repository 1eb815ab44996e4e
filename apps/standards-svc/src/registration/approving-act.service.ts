import { Injectable } from '@nestjs/common';
import { Clock } from '@kzps/platform';
import { DataSource } from 'typeorm';
import { assertOwnerOfficer } from '../common/access';
import { auditStandard } from '../common/audit';
import type { CallerIdentity } from '../common/identity';
import { requestedDayStart } from '../clocks/requested-day';
import { TermCalendar } from '../clocks/term-calendar';
import { StandardsService } from '../standards/standards.service';
import { lastAgreementDay } from './agreement-day';
import type { ApprovingAct } from './approving-act';
import {
  approvingActBeforeAgreement,
  approvingActError,
  ApprovingActErrorCode,
  approvingActInForceBeforeAct,
  approvingActInFuture,
} from './approving-act.errors';
import type { ApprovingActResponseDto, RecordApprovingActDto } from './dto/approving-act.dto';

/**
 * Art. 7.1: the central body approves the agreed version by its act, and only its officers record it. The
 * act's date is the legal fact: a date before today is accepted (acts are often entered after they are
 * signed) and the audit says so; a date after today is refused, as no act can bear one.
 */
@Injectable()
export class ApprovingActService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendar: TermCalendar,
    private readonly standards: StandardsService,
  ) {}

  async record(
    id: string,
    caller: CallerIdentity,
    dto: RecordApprovingActDto,
  ): Promise<ApprovingActResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const { standard, working, developer } = await this.standards.lockTowardForce(manager, id);
      assertOwnerOfficer(caller, developer);
      if (!working || working.status !== 'registration') {
        throw approvingActError(ApprovingActErrorCode.NotAwaited);
      }
      requestedDayStart(this.calendar, dto.date, 'date');
      const now = this.clock.now();
      const today = this.calendar.localDate(now);
      if (dto.date > today) throw approvingActInFuture(dto.date, today);
      const agreedOn = await lastAgreementDay(manager, this.calendar, working.id);
      if (agreedOn && dto.date < agreedOn) throw approvingActBeforeAgreement(dto.date, agreedOn);
      // The day the act states may lie ahead (it is the act's word, not a fact yet), never before the act.
      const inForceOn = dto.inForceOn ?? null;
      if (inForceOn) requestedDayStart(this.calendar, inForceOn, 'inForceOn');
      if (inForceOn && inForceOn < dto.date) throw approvingActInForceBeforeAct(inForceOn, dto.date);
      const act: ApprovingAct = {
        kind: dto.kind,
        number: dto.number,
        date: dto.date,
        title: { kk: dto.title.kk, ru: dto.title.ru },
        inForceOn,
        recordedAt: now.toISOString(),
        recordedBy: caller.subject,
      };
      working.approvingAct = act;
      await manager.save(working);
      const backdated = dto.date < today ? `, recorded on ${today}` : '';
      await auditStandard(
        manager,
        caller,
        'approving-act.record',
        standard.id,
        now,
        `Version ${working.number}: ${dto.kind} No. ${dto.number} of ${dto.date}` +
          `${inForceOn ? `, in force on ${inForceOn}` : ''}${backdated}`,
      );
      return toApprovingActResponse(standard.id, working.id, act);
    });
  }
}

export function toApprovingActResponse(
  standardId: string,
  versionId: string,
  act: ApprovingAct,
): ApprovingActResponseDto {
  return {
    standardId,
    versionId,
    kind: act.kind,
    number: act.number,
    date: act.date,
    title: act.title,
    inForceOn: act.inForceOn ?? null,
    recordedAt: act.recordedAt,
  };
}
