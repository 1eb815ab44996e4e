import { pageDtoOf } from '../../common/page.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { BilingualDto } from '../../common/bilingual.dto';
import { StandardContentDto } from '../../standards/dto/standard-content.dto';
import { standardItems, type StandardItem } from '../../standards/standard-content';
import { proposalOutcomes, type ProposalOutcome } from '../proposal.entity';

const itemNames = standardItems.map((i) => i.item);

export class SubmitProposalDto {
  @ApiProperty({ example: 'Предлагаю сократить срок до 3 рабочих дней', maxLength: 10_000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  text!: string;

  @ApiPropertyOptional({
    enum: itemNames,
    example: 'term',
    description: 'The Art. 8 item the proposal is about',
  })
  @IsOptional()
  @IsIn(itemNames)
  item?: StandardItem;

  @ApiPropertyOptional({
    example: 'п. 4, абз. 2',
    description: 'The clause of the draft, in the draft’s numbering',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  clause?: string;
}

export class RecordOutcomeDto {
  @ApiProperty({ enum: proposalOutcomes, example: 'partly_accepted' })
  @IsIn(proposalOutcomes)
  outcome!: ProposalOutcome;

  @ApiProperty({ type: BilingualDto, description: 'Why, in Kazakh and Russian' })
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  reason!: BilingualDto;

  @ApiProperty({
    type: BilingualDto,
    description: 'Art. 9.4: the short content of the proposal, as the notice lists it, in Kazakh and Russian',
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  summary!: BilingualDto;
}

export class PublishNoticeDto {
  @ApiProperty({
    example: 'https://legalacts.egov.kz/npa/view?id=14123456',
    description: 'Art. 9.4: where the revised draft can be read from today',
  })
  @IsUrl({ require_protocol: true, protocols: ['https', 'http'] })
  @MaxLength(2000)
  revisedDraftUrl!: string;

  @ApiPropertyOptional({ type: BilingualDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BilingualDto)
  note?: BilingualDto;
}

export class ProposalSourceDto {
  @ApiProperty({ enum: ['individual', 'legal_entity'], example: 'individual' })
  kind!: 'individual' | 'legal_entity';

  @ApiProperty({ example: '********0123', description: 'BIN, or the IIN masked (Art. 24)' })
  identifier!: string;
}

export class ProposalResponseDto {
  @ApiProperty({ example: 'e1f2a3b4-0000-4000-8000-000000000005' })
  id!: string;

  @ApiProperty({ type: ProposalSourceDto })
  source!: ProposalSourceDto;

  @ApiPropertyOptional({ example: 'term', nullable: true, type: String })
  item!: string | null;

  @ApiPropertyOptional({ example: 'п. 4', nullable: true, type: String })
  clause!: string | null;

  @ApiProperty({ example: 'Предлагаю сократить срок до 3 рабочих дней' })
  text!: string;

  @ApiProperty({ example: '2026-01-20T06:00:00.000Z' })
  submittedAt!: string;

  @ApiPropertyOptional({ enum: proposalOutcomes, nullable: true, example: 'accepted' })
  outcome!: ProposalOutcome | null;

  @ApiPropertyOptional({ type: BilingualDto, nullable: true })
  reason!: BilingualDto | null;

  @ApiPropertyOptional({ type: BilingualDto, nullable: true })
  summary!: BilingualDto | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  decidedAt!: string | null;
}

export class WindowDto {
  @ApiProperty({ example: '2026-01-10T04:00:00.000Z' })
  opensAt!: string;

  @ApiProperty({ example: '2026-02-04T18:59:59.999Z' })
  endsAt!: string;

  @ApiProperty({ example: '2026-01-10T09:00:00.000+05:00', description: 'Kazakhstan time' })
  opensAtLocal!: string;

  @ApiProperty({ example: '2026-02-04T23:59:59.999+05:00', description: 'Kazakhstan time' })
  endsAtLocal!: string;

  @ApiProperty({ example: '2026-02-04', description: 'The last day proposals are taken (Kazakhstan)' })
  lastDay!: string;

  @ApiProperty({
    example: false,
    description:
      'A first discussion opened after the 30 calendar days of Art. 9.5 (held all the same, Art. 7.4)',
  })
  late!: boolean;
}

export class NoticeEntryDto {
  @ApiProperty({ example: 'e1f2a3b4-0000-4000-8000-000000000005' })
  proposalId!: string;

  @ApiProperty({ example: 'individual ********0123' })
  source!: string;

  @ApiPropertyOptional({ example: 'term', nullable: true, type: String })
  item!: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  clause!: string | null;

  @ApiProperty({ type: BilingualDto, description: 'Art. 9.4: the short content of the proposal' })
  summary!: BilingualDto | null;

  @ApiProperty({ example: 'Предлагаю сократить срок до 3 рабочих дней' })
  text!: string;

  @ApiProperty({ enum: proposalOutcomes, example: 'accepted' })
  outcome!: ProposalOutcome;

  @ApiProperty({ type: BilingualDto })
  reason!: BilingualDto;
}

export class NoticeRecipientDto {
  @ApiProperty({ example: 'public_services_authority' })
  kind!: string;

  @ApiProperty({ example: '00000000-0000-4000-8000-0000000000bb' })
  organizationId!: string;
}

export class NoticeResponseDto {
  @ApiProperty({ example: 'f1e2d3c4-0000-4000-8000-000000000006' })
  id!: string;

  @ApiProperty({ example: 'b7c1f3e2-0000-4000-8000-000000000002' })
  versionId!: string;

  @ApiProperty({ example: '2026-02-06T05:00:00.000Z' })
  publishedAt!: string;

  @ApiProperty({ example: 'https://legalacts.egov.kz/npa/view?id=14123456' })
  revisedDraftUrl!: string;

  @ApiPropertyOptional({ type: BilingualDto, nullable: true })
  note!: BilingualDto | null;

  @ApiProperty({ type: [NoticeEntryDto] })
  entries!: NoticeEntryDto[];

  @ApiProperty({ type: [NoticeRecipientDto], description: 'Sent to these bodies for agreement (Art. 9.4)' })
  sentTo!: NoticeRecipientDto[];

  @ApiProperty({ type: StandardContentDto, description: 'The revised draft, readable from publication' })
  revisedDraft!: StandardContentDto;
}

export class DiscussionResponseDto {
  @ApiProperty({ example: 'a1b2c3d4-0000-4000-8000-000000000003' })
  standardId!: string;

  @ApiProperty({ example: 'b7c1f3e2-0000-4000-8000-000000000002' })
  versionId!: string;

  @ApiProperty({ enum: ['open', 'closed', 'completed'], example: 'open' })
  state!: 'open' | 'closed' | 'completed';

  @ApiProperty({ type: WindowDto })
  window!: WindowDto;

  @ApiProperty({ type: StandardContentDto, description: 'The draft under discussion' })
  draft!: StandardContentDto;

  @ApiProperty({ type: [ProposalResponseDto] })
  proposals!: ProposalResponseDto[];

  @ApiPropertyOptional({ type: NoticeResponseDto, nullable: true })
  notice!: NoticeResponseDto | null;
}

export const ProposalPageDto = pageDtoOf(ProposalResponseDto, 'ProposalPageDto');
