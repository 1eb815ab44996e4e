import { formatAlmaty } from '@kzps/calendar';
import type { StatutoryTerm } from '../clocks/statutory-term.entity';
import { termArticles } from '../clocks/statutory-term.entity';
import type { TermResponseDto } from '../clocks/dto/term-response.dto';
import type { ServiceRef } from '../read-model/service-ref.entity';
import type { VersionStatus } from './lifecycle';
import { toPublicationDto } from '../registration/publication.mapper';
import { missingItems } from './standard-content';
import type { Standard } from './standard.entity';
import type { StandardVersion } from './standard-version.entity';
import type { ServiceSummaryDto, StandardResponseDto, VersionResponseDto } from './dto/standard-response.dto';

/** Art. 9.5: once the window has passed, a version in discussion is in revision, watcher or not. */
export function effectiveStatus(
  version: Pick<StandardVersion, 'status' | 'discussionEndsAt'>,
  now: Date,
): VersionStatus {
  if (version.status === 'discussion' && version.discussionEndsAt && now > version.discussionEndsAt)
    return 'revision';
  return version.status;
}

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

/** Outstanding: ran out and not met (a term met late is no longer overdue; its miss stays on record). */
export function isOverdue(term: Pick<StatutoryTerm, 'status' | 'dueAt'>, now: Date): boolean {
  return term.status === 'missed' || (term.status === 'open' && now > term.dueAt);
}

export function toTermResponse(term: StatutoryTerm, now: Date): TermResponseDto {
  return {
    id: term.id,
    kind: term.kind,
    article: termArticles[term.kind],
    scope: term.scope,
    startsAt: term.startsAt.toISOString(),
    dueDate: term.dueDate,
    dueAt: term.dueAt.toISOString(),
    dueAtLocal: formatAlmaty(term.dueAt),
    skipped: term.skipped,
    provisional: term.provisional,
    status: term.status,
    overdue: isOverdue(term, now),
    metAt: iso(term.metAt),
    missedAt: iso(term.missedAt),
  };
}

export function toVersionResponse(
  version: StandardVersion,
  now: Date,
  ownerView: boolean,
): VersionResponseDto {
  return {
    id: version.id,
    number: version.number,
    kind: version.kind,
    status: effectiveStatus(version, now),
    basis: {
      kind: version.basisKind,
      reference: version.basisReference,
      recommendationId: version.basisRecommendationId,
    },
    content: version.publishedContent,
    ...(ownerView
      ? {
          workingDraft: version.content,
          missingItems: missingItems(version.content),
          entryIntoForceParking: version.entryIntoForceParkedAt
            ? {
                parkedAt: version.entryIntoForceParkedAt.toISOString(),
                error: version.entryIntoForceLocalizedError ?? { kk: '', ru: '' },
              }
            : null,
        }
      : {}),
    discussion:
      version.discussionOpenedAt && version.discussionEndsAt
        ? {
            openedAt: version.discussionOpenedAt.toISOString(),
            endsAt: version.discussionEndsAt.toISOString(),
            late: version.discussionLate,
          }
        : null,
    noticePublishedAt: iso(version.noticePublishedAt),
    registration:
      version.registrationNumber && version.registrationDate
        ? { number: version.registrationNumber, date: version.registrationDate }
        : null,
    publication: version.publication ? toPublicationDto(version.publication) : null,
    inForceFrom: iso(version.inForceFrom),
    inForceUntil: iso(version.inForceUntil),
    endedByExclusion: version.endedByExclusion,
    createdAt: version.createdAt.toISOString(),
  };
}

export function toServiceSummary(service: ServiceRef): ServiceSummaryDto {
  return {
    name: service.name,
    ownerId: service.ownerId,
    channels: service.channels,
    deliveryForm: service.deliveryForm,
    status: service.status,
  };
}

export interface StandardView {
  standard: Standard;
  service: ServiceRef;
  terms: StatutoryTerm[];
  inForce: StandardVersion | null;
  working: StandardVersion | null;
}

export function toStandardResponse(view: StandardView, now: Date, ownerView: boolean): StandardResponseDto {
  const terms = view.terms.map((term) => toTermResponse(term, now));
  return {
    id: view.standard.id,
    serviceId: view.standard.serviceId,
    service: toServiceSummary(view.service),
    status: view.working ? effectiveStatus(view.working, now) : view.standard.status,
    includedAt: view.standard.includedAt.toISOString(),
    overdue: terms.some((term) => term.overdue),
    terms,
    inForce: view.inForce ? toVersionResponse(view.inForce, now, ownerView) : null,
    working: view.working ? toVersionResponse(view.working, now, ownerView) : null,
  };
}
