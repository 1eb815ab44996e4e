import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { StandardContentDto } from '../../standards/dto/standard-content.dto';
import { standardItems, type StandardItem } from '../../standards/standard-content';
import { exampleIds, exampleTimes } from '../../common/api-examples';
import {
  exampleProposals,
  noticeEntries,
  noticeNote,
  proposalAnswers,
  revisedDraftUrl,
  storyWindow,
} from '../discussion.examples';
import { proposalOutcomes, type ProposalOutcome } from '../proposal.entity';
import { pageDtoOf, IsBilingualText, LongBilingualTextDto, ShortBilingualTextDto } from '@kzps/platform';

const { citizen } = exampleProposals;

const itemNames = standardItems.map((i) => i.item);

export class SubmitProposalDto {
  @ApiProperty({ example: citizen.body.text, maxLength: 10_000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  text!: string;

  @ApiPropertyOptional({
    enum: itemNames,
    example: citizen.body.item,
    description: 'The Art. 8 item the proposal is about',
  })
  @IsOptional()
  @IsIn(itemNames)
  item?: StandardItem;

  @ApiPropertyOptional({
    example: citizen.body.clause,
    description: 'The clause of the draft, in the draft’s numbering',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  clause?: string;
}

export class RecordOutcomeDto {
  @ApiProperty({ enum: proposalOutcomes, example: citizen.outcome.outcome })
  @IsIn(proposalOutcomes)
  outcome!: ProposalOutcome;

  @ApiProperty({
    type: LongBilingualTextDto,
    example: citizen.outcome.reason,
    description: 'Why, in Kazakh and Russian',
  })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  reason!: LongBilingualTextDto;

  @ApiProperty({
    type: LongBilingualTextDto,
    example: citizen.outcome.summary,
    description: 'Art. 9.4: the short content of the proposal, as the notice lists it, in Kazakh and Russian',
  })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  summary!: LongBilingualTextDto;
}

export class PublishNoticeDto {
  @ApiProperty({
    example: revisedDraftUrl,
    description: 'Art. 9.4: where the revised draft can be read from today',
  })
  @IsUrl({ require_protocol: true, protocols: ['https', 'http'] })
  @MaxLength(2000)
  revisedDraftUrl!: string;

  @ApiPropertyOptional({ type: LongBilingualTextDto, example: noticeNote })
  @IsOptional()
  @IsBilingualText(LongBilingualTextDto)
  note?: LongBilingualTextDto;
}

export class ProposalSourceDto {
  @ApiProperty({ enum: ['individual', 'legal_entity'], example: 'individual' })
  kind!: 'individual' | 'legal_entity';

  @ApiProperty({
    example: proposalAnswers.citizen.source.identifier,
    description: 'BIN, or the IIN masked (Art. 24)',
  })
  identifier!: string;
}

export class ProposalResponseDto {
  @ApiProperty({ format: 'uuid', example: proposalAnswers.citizen.id })
  id!: string;

  @ApiProperty({ type: ProposalSourceDto })
  source!: ProposalSourceDto;

  @ApiPropertyOptional({ example: proposalAnswers.citizen.item, nullable: true, type: String })
  item!: string | null;

  @ApiPropertyOptional({ example: proposalAnswers.citizen.clause, nullable: true, type: String })
  clause!: string | null;

  @ApiProperty({ example: proposalAnswers.citizen.text })
  text!: string;

  @ApiProperty({ example: proposalAnswers.citizen.submittedAt })
  submittedAt!: string;

  @ApiPropertyOptional({
    enum: proposalOutcomes,
    nullable: true,
    example: proposalAnswers.citizen.outcome,
    description: 'Null until the developer records it',
  })
  outcome!: ProposalOutcome | null;

  @ApiPropertyOptional({
    type: LongBilingualTextDto,
    nullable: true,
    example: proposalAnswers.citizen.reason,
  })
  reason!: LongBilingualTextDto | null;

  @ApiPropertyOptional({
    type: LongBilingualTextDto,
    nullable: true,
    example: proposalAnswers.citizen.summary,
  })
  summary!: LongBilingualTextDto | null;

  @ApiPropertyOptional({ example: proposalAnswers.citizen.decidedAt, nullable: true, type: String })
  decidedAt!: string | null;
}

export class WindowDto {
  @ApiProperty({ example: storyWindow.opensAt })
  opensAt!: string;

  @ApiProperty({ example: storyWindow.endsAt })
  endsAt!: string;

  @ApiProperty({ example: storyWindow.opensAtLocal, description: 'Kazakhstan time' })
  opensAtLocal!: string;

  @ApiProperty({ example: storyWindow.endsAtLocal, description: 'Kazakhstan time' })
  endsAtLocal!: string;

  @ApiProperty({
    example: storyWindow.lastDay,
    description: 'The last day proposals are taken (Kazakhstan): 30 calendar days from inclusion, Art. 9.5',
  })
  lastDay!: string;

  @ApiProperty({
    example: false,
    description:
      'A first discussion opened after the 30 calendar days of Art. 9.5 (held all the same, Art. 7.4)',
  })
  late!: boolean;
}

const [citizenEntry] = noticeEntries;

export class NoticeEntryDto {
  @ApiProperty({ format: 'uuid', example: citizenEntry?.proposalId })
  proposalId!: string;

  @ApiProperty({
    type: ShortBilingualTextDto,
    example: citizenEntry?.source,
    description:
      'Who the proposal came from, in Kazakh and Russian: an individual by IIN (masked), a legal entity by BIN',
  })
  source!: ShortBilingualTextDto;

  @ApiPropertyOptional({ example: citizenEntry?.item, nullable: true, type: String })
  item!: string | null;

  @ApiPropertyOptional({ example: citizenEntry?.clause, nullable: true, type: String })
  clause!: string | null;

  @ApiProperty({
    type: LongBilingualTextDto,
    example: citizenEntry?.summary,
    description: 'Art. 9.4: the short content of the proposal',
  })
  summary!: LongBilingualTextDto | null;

  @ApiProperty({ example: citizenEntry?.text })
  text!: string;

  @ApiProperty({ enum: proposalOutcomes, example: citizenEntry?.outcome })
  outcome!: ProposalOutcome;

  @ApiProperty({ type: LongBilingualTextDto, example: citizenEntry?.reason })
  reason!: LongBilingualTextDto;
}

/** Art. 7.1, 7.3: the bodies a PSC and portal service of a central body goes to, here one ministry as both. */
const sentTo = [
  { kind: 'public_services_authority', organizationId: exampleIds.ministryOfDigitalDevelopment },
  { kind: 'informatization_authority', organizationId: exampleIds.ministryOfDigitalDevelopment },
];

export class NoticeRecipientDto {
  @ApiProperty({ example: sentTo[0]?.kind })
  kind!: string;

  @ApiProperty({ format: 'uuid', example: sentTo[0]?.organizationId })
  organizationId!: string;
}

export class NoticeResponseDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.notice })
  id!: string;

  @ApiProperty({ format: 'uuid', example: exampleIds.adoption })
  versionId!: string;

  @ApiProperty({ example: exampleTimes.noticeAt })
  publishedAt!: string;

  @ApiProperty({ example: revisedDraftUrl })
  revisedDraftUrl!: string;

  @ApiPropertyOptional({ type: LongBilingualTextDto, nullable: true, example: noticeNote })
  note!: LongBilingualTextDto | null;

  @ApiProperty({
    type: [NoticeEntryDto],
    example: noticeEntries,
    description: 'Art. 9.4: every proposal with its source, short content and outcome',
  })
  entries!: NoticeEntryDto[];

  @ApiProperty({
    type: [NoticeRecipientDto],
    example: sentTo,
    description: 'Sent to these bodies for agreement (Art. 9.4)',
  })
  sentTo!: NoticeRecipientDto[];

  @ApiProperty({ type: StandardContentDto, description: 'The revised draft, readable from publication' })
  revisedDraft!: StandardContentDto;
}

export class DiscussionResponseDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.standard })
  standardId!: string;

  @ApiProperty({ format: 'uuid', example: exampleIds.adoption })
  versionId!: string;

  @ApiProperty({
    enum: ['open', 'closed', 'completed'],
    example: 'completed',
    description: 'Open while proposals are taken, closed after the window, completed by the notice',
  })
  state!: 'open' | 'closed' | 'completed';

  @ApiProperty({ type: WindowDto })
  window!: WindowDto;

  @ApiProperty({ type: StandardContentDto, description: 'The draft under discussion' })
  draft!: StandardContentDto;

  @ApiProperty({
    type: [ProposalResponseDto],
    example: [proposalAnswers.citizen, proposalAnswers.company],
  })
  proposals!: ProposalResponseDto[];

  @ApiPropertyOptional({ type: NoticeResponseDto, nullable: true })
  notice!: NoticeResponseDto | null;
}

export const ProposalPageDto = pageDtoOf(ProposalResponseDto, 'ProposalPageDto');
