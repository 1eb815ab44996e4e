import { pageDtoOf } from '../../common/page.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BilingualDto } from '../../common/bilingual.dto';
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
import { StandardContentDto } from './standard-content.dto';

export class BasisDto {
  @ApiProperty({ enum: basisKinds, example: 'owner_discretion' })
  kind!: BasisKind;

  @ApiPropertyOptional({ example: 'Recommendation No. 12 of 2026-03-01', nullable: true, type: String })
  reference!: string | null;
}

export class MissingItemDto {
  @ApiProperty({ example: 'fee' })
  item!: string;

  @ApiProperty({ example: '8.6' })
  article!: string;

  @ApiProperty({ type: BilingualDto })
  title!: BilingualDto;
}

export class RegistrationInfoDto {
  @ApiProperty({ example: '33125' })
  number!: string;

  @ApiProperty({ example: '2026-03-20' })
  date!: string;
}

export class DiscussionWindowDto {
  @ApiProperty({ example: '2026-01-10T04:00:00.000Z' })
  openedAt!: string;

  @ApiProperty({ example: '2026-02-04T18:59:59.999Z' })
  endsAt!: string;

  @ApiProperty({ example: false, description: 'A first discussion opened after the Art. 9.5 term' })
  late!: boolean;
}

export class VersionResponseDto {
  @ApiProperty({ example: 'b7c1f3e2-0000-4000-8000-000000000002' })
  id!: string;

  @ApiProperty({ example: 1 })
  number!: number;

  @ApiProperty({ enum: versionKinds, example: 'adoption' })
  kind!: VersionKind;

  @ApiProperty({ enum: versionStatuses, example: 'discussion' })
  status!: VersionStatus;

  @ApiProperty({ type: BasisDto })
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
    description: 'Art. 8 items the working draft lacks (owner only)',
  })
  missingItems?: ItemDescription[];

  @ApiPropertyOptional({ type: DiscussionWindowDto, nullable: true })
  discussion!: DiscussionWindowDto | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  noticePublishedAt!: string | null;

  @ApiPropertyOptional({ type: RegistrationInfoDto, nullable: true })
  registration!: RegistrationInfoDto | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  inForceFrom!: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  inForceUntil!: string | null;

  @ApiProperty({ example: '2026-01-05T04:00:00.000Z' })
  createdAt!: string;
}

export class ContentChangeDto {
  @ApiProperty({ example: 'term.value' })
  path!: string;

  @ApiProperty({ enum: ['added', 'removed', 'changed'], example: 'changed' })
  change!: ContentChange['change'];

  @ApiPropertyOptional({ example: 5 })
  before?: unknown;

  @ApiPropertyOptional({ example: 3 })
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
  @ApiProperty({ type: BilingualDto })
  name!: BilingualDto;

  @ApiProperty({ example: '00000000-0000-4000-8000-0000000000aa', nullable: true, type: String })
  ownerId!: string | null;

  @ApiProperty({ example: ['provider', 'psc'] })
  channels!: string[];

  @ApiProperty({ enum: ['paper', 'electronic', 'both'], example: 'both' })
  deliveryForm!: string;

  @ApiProperty({ enum: ['included', 'excluded'], example: 'included' })
  status!: string;
}

export class StandardResponseDto {
  @ApiProperty({ example: 'a1b2c3d4-0000-4000-8000-000000000003' })
  id!: string;

  @ApiProperty({ example: 'd4c3b2a1-0000-4000-8000-000000000004' })
  serviceId!: string;

  @ApiProperty({ type: ServiceSummaryDto })
  service!: ServiceSummaryDto;

  @ApiProperty({ enum: versionStatuses, example: 'drafting' })
  status!: VersionStatus;

  @ApiProperty({ example: '2026-01-05T04:00:00.000Z' })
  includedAt!: string;

  @ApiProperty({ example: false })
  overdue!: boolean;

  @ApiProperty({ type: [TermResponseDto] })
  terms!: TermResponseDto[];

  @ApiPropertyOptional({ type: VersionResponseDto, nullable: true })
  inForce!: VersionResponseDto | null;

  @ApiPropertyOptional({ type: VersionResponseDto, nullable: true })
  working!: VersionResponseDto | null;
}

export const StandardPageDto = pageDtoOf(StandardResponseDto, 'StandardPageDto');

export const VersionPageDto = pageDtoOf(VersionHistoryEntryDto, 'VersionPageDto');
