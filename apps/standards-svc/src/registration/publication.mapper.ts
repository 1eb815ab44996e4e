import type { PublicationDto } from './dto/publication.dto';
import type { Publication } from './publication';

/** The publication as answers show it: where, when, the day it gives and why; not who entered it. */
export function toPublicationDto(publication: Publication): PublicationDto {
  return {
    source: publication.source,
    sourceName: publication.sourceName,
    firstPublishedOn: publication.firstPublishedOn,
    inForceOn: publication.inForceOn,
    inForceBasis: publication.inForceBasis,
    recordedAt: publication.recordedAt,
  };
}
