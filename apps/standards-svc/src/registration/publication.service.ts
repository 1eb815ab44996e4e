import { Injectable } from '@nestjs/common';
import { Clock } from '@kzps/platform';
import { DataSource } from 'typeorm';
import { assertOwnerOfficer } from '../common/access';
import { auditStandard } from '../common/audit';
import type { CallerIdentity } from '../common/identity';
import { requestedDayStart } from '../clocks/requested-day';
import { TermCalendar } from '../clocks/term-calendar';
import { StandardsService } from '../standards/standards.service';
import type { PublicationResponseDto, RecordPublicationDto } from './dto/publication.dto';
import { EntryIntoForce } from './entry-into-force';
import { entryIntoForceDay, officialSourceNames, type Publication } from './publication';
import {
  publicationBeforeRegistration,
  publicationError,
  PublicationErrorCode,
  publicationInFuture,
} from './publication.errors';
import { toPublicationDto } from './publication.mapper';

/**
 * The first official publication of a registered version's approving act (Law "On legal acts", D31). The
 * central body that adopted the act sends it for publication, so its officers record where and when it
 * appeared. The day is a fact: not after today, not before the registration; an earlier day than today is
 * accepted and audited. The version enters into force on the day its act states, or ten calendar days
 * after the publication: at once when that day has come, else by the watcher at its start.
 */
@Injectable()
export class PublicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendar: TermCalendar,
    private readonly standards: StandardsService,
    private readonly entryIntoForce: EntryIntoForce,
  ) {}

  async record(
    id: string,
    caller: CallerIdentity,
    dto: RecordPublicationDto,
  ): Promise<PublicationResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const { standard, service, working, developer } = await this.standards.lockTowardForce(manager, id);
      assertOwnerOfficer(caller, developer);
      if (!working || working.status !== 'registered' || !working.approvingAct || !working.registrationDate) {
        throw publicationError(PublicationErrorCode.NotAwaited);
      }
      if (dto.source && dto.sourceName) throw publicationError(PublicationErrorCode.SourceTwice);
      const sourceName = dto.source ? officialSourceNames[dto.source] : dto.sourceName;
      if (!sourceName) throw publicationError(PublicationErrorCode.SourceMissing);
      requestedDayStart(this.calendar, dto.firstPublishedOn, 'firstPublishedOn');
      const now = this.clock.now();
      const today = this.calendar.localDate(now);
      if (dto.firstPublishedOn > today) throw publicationInFuture(dto.firstPublishedOn, today);
      if (dto.firstPublishedOn < working.registrationDate) {
        throw publicationBeforeRegistration(dto.firstPublishedOn, working.registrationDate);
      }
      const day = entryIntoForceDay(working.approvingAct, dto.firstPublishedOn);
      const publication: Publication = {
        source: dto.source ?? null,
        sourceName: { kk: sourceName.kk, ru: sourceName.ru },
        firstPublishedOn: dto.firstPublishedOn,
        ...day,
        recordedAt: now.toISOString(),
        recordedBy: caller.subject,
      };
      working.publication = publication;
      working.inForceFrom = requestedDayStart(this.calendar, day.inForceOn, 'firstPublishedOn');
      // Recorded again, a version the watcher parked is tried again: here when its day has come, else on its day.
      working.entryIntoForceParkedAt = null;
      working.entryIntoForceError = null;
      working.entryIntoForceLocalizedError = null;
      await manager.save(working);
      const backdated = dto.firstPublishedOn < today ? `, recorded on ${today}` : '';
      await auditStandard(
        manager,
        caller,
        'publication.record',
        standard.id,
        now,
        `Version ${working.number}: first published on ${dto.firstPublishedOn} (${dto.source ?? 'other'})` +
          `${backdated}; in force from ${day.inForceOn} (${day.inForceBasis})`,
      );
      if (working.inForceFrom <= now) {
        await this.entryIntoForce.takeEffect(manager, standard, working, service, caller, now);
      }
      return {
        standardId: standard.id,
        versionId: working.id,
        ...toPublicationDto(publication),
        inForceFrom: working.inForceFrom.toISOString(),
        status: working.status,
      };
    });
  }
}
