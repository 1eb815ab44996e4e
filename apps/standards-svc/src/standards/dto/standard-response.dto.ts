import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TermResponseDto } from '../../clocks/dto/term-response.dto';
import type { ContentChange } from '../content-diff';
import {
  basisKinds,
  versionKinds,
  versionStatuses,
  type BasisKind,
  type VersionKind,
  type VersionStatus,
} from '../lifecycle';
import type { ItemDescription } from '../standard-content';
import { exampleDates, exampleIds, exampleTimes } from '../../common/api-examples';
import { storyWindow } from '../../discussion/discussion.examples';
import { registrationNumber } from '../../registration/registration.examples';
import { standardItems } from '../standard-content';
import {
  amendmentReference,
  childbirthAllowanceStandard,
  storyInForceFrom,
  storyTerms,
} from '../standard.examples';
import { StandardContentDto } from './standard-content.dto';
import { PublicationDto } from '../../registration/dto/publication.dto';
import { LongBilingualTextDto, pageDtoOf, ShortBilingualTextDto } from '@kzps/platform';

const feeItem = standardItems.find((i) => i.item === 'fee');

export class ExclusionDecreeDto {
  @ApiProperty({ example: '901' })
  number!: string;

  @ApiProperty({ example: '2026-09-20', description: 'The date of the act' })
  date!: string;

  @ApiProperty({
    type: ShortBilingualTextDto,
    example: {
      kk: 'Қазақстан Республикасы Үкіметінің 2026 жылғы 20 қыркүйектегі № 901 қаулысы',
      ru: 'Постановление Правительства Республики Казахстан от 20 сентября 2026 г. № 901',
    },
  })
  title!: ShortBilingualTextDto;
}

export class EntryIntoForceParkingDto {
  @ApiProperty({ example: '2026-04-14T19:00:00.000Z', description: 'When the watcher parked the version' })
  parkedAt!: string;

  @ApiProperty({
    type: ShortBilingualTextDto,
    example: {
      kk: 'Нұсқа өз күнінде күшіне енбеді: оның деректері толық емес немесе қайшы, не жүйе қатесі орын алды. Себебін жойып, ресми жариялануын қайта тіркеңіз.',
      ru: 'Версия не вступила в силу в свой день: её данные неполны или противоречивы либо произошла ошибка системы. Устраните причину и зарегистрируйте официальное опубликование заново.',
    },
    description: 'Why the version could not enter into force, and what its owner does about it',
  })
  error!: ShortBilingualTextDto;
}

export class VersionExclusionDto {
  @ApiProperty({
    type: ExclusionDecreeDto,
    nullable: true,
    description: 'null when the registry’s exclusion event named no act',
  })
  decree!: ExclusionDecreeDto | null;

  @ApiProperty({
    example: '2026-09-30T19:00:00.000Z',
    description: 'The start of the exclusion’s effective day',
  })
  excludedAt!: string;
}

export class BasisDto {
  @ApiProperty({ enum: basisKinds, example: 'quality_authority_recommendation' })
  kind!: BasisKind;

  @ApiPropertyOptional({
    example: amendmentReference,
    nullable: true,
    type: String,
    description: 'Null for a change at the owner’s discretion',
  })
  reference!: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    example: null,
    description: 'The recommendation (Art. 7.5) the change cites, from GET /standards/{id}/recommendations',
  })
  recommendationId!: string | null;
}

export class MissingItemDto {
  @ApiProperty({ example: 'fee' })
  item!: string;

  @ApiProperty({ example: '8.6' })
  article!: string;

  @ApiProperty({ type: LongBilingualTextDto, example: feeItem?.title })
  title!: LongBilingualTextDto;
}

export class RegistrationInfoDto {
  @ApiProperty({ example: registrationNumber })
  number!: string;

  @ApiProperty({ example: exampleDates.registration })
  date!: string;
}

export class DiscussionWindowDto {
  @ApiProperty({ example: storyWindow.opensAt })
  openedAt!: string;

  @ApiProperty({ example: storyWindow.endsAt })
  endsAt!: string;

  @ApiProperty({ example: false, description: 'A first discussion opened after the Art. 9.5 term' })
  late!: boolean;
}

export class VersionResponseDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.adoption })
  id!: string;

  @ApiProperty({ example: 1 })
  number!: number;

  @ApiProperty({ enum: versionKinds, example: 'adoption' })
  kind!: VersionKind;

  @ApiProperty({ enum: versionStatuses, example: 'in_force' })
  status!: VersionStatus;

  @ApiProperty({ type: BasisDto, example: { kind: 'owner_discretion', reference: null } })
  basis!: BasisDto;

  @ApiPropertyOptional({
    type: StandardContentDto,
    nullable: true,
    description:
      'The published text: the draft under discussion, the revised draft, or the standard in force',
  })
  content!: StandardContentDto | null;

  @ApiPropertyOptional({
    type: StandardContentDto,
    description: "The working draft; only for officers of the service's owner",
  })
  workingDraft?: StandardContentDto;

  @ApiPropertyOptional({
    type: [MissingItemDto],
    example: [],
    description: 'Art. 8 items the working draft lacks (owner only); none once complete',
  })
  missingItems?: ItemDescription[];

  @ApiPropertyOptional({ type: DiscussionWindowDto, nullable: true })
  discussion!: DiscussionWindowDto | null;

  @ApiPropertyOptional({ example: exampleTimes.noticeAt, nullable: true, type: String })
  noticePublishedAt!: string | null;

  @ApiPropertyOptional({ type: RegistrationInfoDto, nullable: true })
  registration!: RegistrationInfoDto | null;

  @ApiPropertyOptional({
    type: PublicationDto,
    nullable: true,
    description: 'The approving act’s first official publication (Law “On legal acts”), once recorded',
  })
  publication!: PublicationDto | null;

  @ApiPropertyOptional({
    example: storyInForceFrom,
    nullable: true,
    type: String,
    description:
      'The start of the day the version enters into force in Kazakhstan: the day its act states, or ten ' +
      'calendar days after its first official publication; null until the publication is recorded',
  })
  inForceFrom!: string | null;

  @ApiPropertyOptional({
    example: null,
    nullable: true,
    type: String,
    description: 'Set when a later version or a cancellation takes its place',
  })
  inForceUntil!: string | null;

  @ApiPropertyOptional({
    type: VersionExclusionDto,
    nullable: true,
    example: null,
    description:
      'Art. 6.1: the exclusion from the registry that closed this version or cancelled it in force, with its act',
  })
  endedByExclusion!: VersionExclusionDto | null;

  @ApiPropertyOptional({
    type: EntryIntoForceParkingDto,
    nullable: true,
    example: null,
    description:
      'Owner only: its day came but it could not enter into force; it stays registered, and the watcher leaves ' +
      'it until the publication is recorded again',
  })
  entryIntoForceParking?: EntryIntoForceParkingDto | null;

  @ApiProperty({ example: exampleTimes.includedAt })
  createdAt!: string;
}

export class ContentChangeDto {
  @ApiProperty({ example: 'term.value' })
  path!: string;

  @ApiProperty({ enum: ['added', 'removed', 'changed'], example: 'changed' })
  change!: ContentChange['change'];

  @ApiPropertyOptional({ example: childbirthAllowanceStandard.term.value })
  before?: unknown;

  @ApiPropertyOptional({ example: 6 })
  after?: unknown;
}

export class VersionHistoryEntryDto extends VersionResponseDto {
  @ApiPropertyOptional({
    type: [ContentChangeDto],
    nullable: true,
    description: 'Changes from the previous version (published texts only)',
  })
  changes!: ContentChange[] | null;
}

export class ServiceSummaryDto {
  @ApiProperty({
    type: ShortBilingualTextDto,
    example: {
      kk: 'Баланың тууына байланысты біржолғы мемлекеттік жәрдемақыны және бала бір жасқа толғанға дейін оның күтіміне байланысты жәрдемақыны тағайындау',
      ru: 'Назначение единовременного государственного пособия в связи с рождением ребенка и пособия по уходу за ребенком по достижении им возраста одного года',
    },
  })
  name!: ShortBilingualTextDto;

  @ApiProperty({ format: 'uuid', example: exampleIds.ministryOfLabour, nullable: true, type: String })
  ownerId!: string | null;

  @ApiProperty({ example: ['psc', 'electronic'] })
  channels!: string[];

  @ApiProperty({ enum: ['paper', 'electronic', 'both'], example: 'both' })
  deliveryForm!: string;

  @ApiProperty({ enum: ['included', 'excluded'], example: 'included' })
  status!: string;
}

export class StandardResponseDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.standard })
  id!: string;

  @ApiProperty({ format: 'uuid', example: exampleIds.childbirthAllowance })
  serviceId!: string;

  @ApiProperty({ type: ServiceSummaryDto })
  service!: ServiceSummaryDto;

  @ApiProperty({ enum: versionStatuses, example: 'in_force' })
  status!: VersionStatus;

  @ApiProperty({ example: exampleTimes.includedAt, description: 'When the registry included the service' })
  includedAt!: string;

  @ApiProperty({ example: false })
  overdue!: boolean;

  @ApiProperty({
    type: [TermResponseDto],
    example: storyTerms,
    description: 'Art. 7.1, 9.5 from inclusion; Art. 17.2 and 10.1 from each version’s entry into force',
  })
  terms!: TermResponseDto[];

  @ApiPropertyOptional({ type: VersionResponseDto, nullable: true })
  inForce!: VersionResponseDto | null;

  @ApiPropertyOptional({
    type: VersionResponseDto,
    nullable: true,
    example: null,
    description: 'The version being drafted, discussed, agreed or registered; null when none is',
  })
  working!: VersionResponseDto | null;
}

export const StandardPageDto = pageDtoOf(StandardResponseDto, 'StandardPageDto');

export const VersionPageDto = pageDtoOf(VersionHistoryEntryDto, 'VersionPageDto');
