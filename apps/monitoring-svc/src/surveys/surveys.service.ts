import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Identity } from '@kzps/auth';
import { addMonths, localDateOf, startOfLocalDay } from '@kzps/calendar';
import { MonitoringEventTypes, type ApplicationChannel } from '@kzps/contracts';
import { inTransaction } from '@kzps/db';
import { Clock, pageOf, pageRows, type Page, type PageQueryDto } from '@kzps/platform';
import { DataSource } from 'typeorm';
import { monitoringOutbox } from '../common/monitoring-outbox';
import { isActiveServiceOwner } from '../registry/service-owners';
import type { AnswerSurveyDto, SurveyScoresDto } from './dto/answer-survey.dto';
import { surveysError, SurveysErrorCode as Code } from './surveys.errors';

/** Art. 5.4.2: owners survey their recipients at least once a year. */
const SURVEY_PERIOD_MONTHS = 12;

export interface SurveyAnswerView {
  surveyId: string;
  applicationId: string;
  scores: SurveyScoresDto;
  comment: string | null;
  answeredAt: string;
}

/** An owner whose services no recipient rated within the period: a violation of Art. 5.4.2. */
export interface SurveyViolation {
  ownerId: string;
  lastAnsweredAt: string | null;
}

export interface SurveyViolationsPage extends Page<SurveyViolation> {
  /** The first day counted: twelve months before today, in Kazakhstan's time. */
  since: string;
}

interface SurveyApplicationRow {
  service_id: string;
  owner_id: string;
  provider_id: string;
  psc_id: string | null;
  region_kato: string | null;
  channel: ApplicationChannel;
  result_issued_at: Date | null;
}

@Injectable()
export class SurveysService {
  private readonly events = monitoringOutbox();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The recipient rates their own application once its result is issued; once per application. */
  answer(caller: Identity, dto: AnswerSurveyDto): Promise<SurveyAnswerView> {
    return inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      const [application] = await manager.query<SurveyApplicationRow[]>(
        `SELECT * FROM survey_application WHERE application_id = $1 AND recipient_id_number = $2 FOR UPDATE`,
        [dto.applicationId, caller.iin ?? caller.bin ?? ''],
      );
      if (!application) throw surveysError(Code.SURVEY_APPLICATION_UNKNOWN);
      if (!application.result_issued_at) throw surveysError(Code.SURVEY_RESULT_NOT_ISSUED);
      const [answered] = await manager.query<unknown[]>(
        'SELECT 1 FROM survey_answer WHERE application_id = $1',
        [dto.applicationId],
      );
      if (answered) throw surveysError(Code.SURVEY_ALREADY_ANSWERED);
      const surveyId = randomUUID();
      const scores = {
        timeliness: dto.scores.timeliness,
        courtesy: dto.scores.courtesy,
        convenience: dto.scores.convenience,
        information: dto.scores.information,
        result: dto.scores.result,
      };
      const comment = dto.comment?.trim() || null;
      await manager.query(
        `INSERT INTO survey_answer (id, application_id, owner_id, scores, comment, answered_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [surveyId, dto.applicationId, application.owner_id, JSON.stringify(scores), comment, now],
      );
      await this.events.append(manager, {
        type: MonitoringEventTypes.surveyAnswered,
        time: now,
        data: {
          surveyId,
          applicationId: dto.applicationId,
          serviceId: application.service_id,
          ownerOrganizationId: application.owner_id,
          providerOrganizationId: application.provider_id,
          pscOrganizationId: application.psc_id,
          regionKato: application.region_kato,
          channel: application.channel,
          scores,
          hasComment: comment !== null,
          answeredAt: now.toISOString(),
        },
      });
      return { surveyId, applicationId: dto.applicationId, scores, comment, answeredAt: now.toISOString() };
    });
  }

  /**
   * Service owners the registry names whose services no one rated in the last twelve months (Art. 5.4.2), an
   * owner no recipient has applied to yet included: the duty to survey is the owner's, whatever its traffic.
   */
  async violations(query: PageQueryDto): Promise<SurveyViolationsPage> {
    const since = addMonths(localDateOf(this.clock.now()), -SURVEY_PERIOD_MONTHS);
    const { skip, take } = pageRows(query);
    const rows = await this.dataSource.query<Array<{ owner_id: string; last: Date | null; total: number }>>(
      `SELECT o.owner_id, (SELECT max(answered_at) FROM survey_answer s WHERE s.owner_id = o.owner_id) AS last,
              count(*) OVER ()::int AS total
       FROM (SELECT id AS owner_id FROM organization_ref r WHERE ${isActiveServiceOwner('r')}) o
       WHERE NOT EXISTS (SELECT 1 FROM survey_answer s WHERE s.owner_id = o.owner_id AND s.answered_at >= $1)
       ORDER BY o.owner_id LIMIT $2 OFFSET $3`,
      [startOfLocalDay(since), take, skip],
    );
    const items = rows.map((row) => ({
      ownerId: row.owner_id,
      lastAnsweredAt: row.last?.toISOString() ?? null,
    }));
    return { ...pageOf(query, items, rows[0]?.total ?? 0), since };
  }
}
