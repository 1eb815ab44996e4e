import { ApiProperty } from '@nestjs/swagger';
import {
  IsBilingualText,
  IsCalendarDate,
  LongBilingualTextDto,
  NestedObject,
  PageQueryDto,
} from '@kzps/platform';
import { IsDefined, IsInt, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { IsQueryYear, YearOverDto } from '../../common/year.dto';

export class DraftAnnualReportDto extends YearOverDto {
  @ApiProperty({
    type: LongBilingualTextDto,
    example: {
      kk: '2026 жылы министрлік 24 қызмет көрсетті; электрондық өтініштер үлесі 83%-ға жетті',
      ru: 'В 2026 году министерство оказало 24 услуги; доля электронных заявлений достигла 83%',
    },
    description: 'The owner’s own account beside the figures drafted from the indicators',
  })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  narrative!: LongBilingualTextDto;
}

/** Art. 17.6: placed on the owner's internet resource and the e-government portal. */
export class PublishAnnualReportDto {
  @ApiProperty({ example: '2027-02-15' })
  @IsCalendarDate()
  publishedOn!: string;

  @ApiProperty({ example: 'https://www.gov.kz/memleket/entities/enbek/documents/details/annual-report-2026' })
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(2000)
  publicationUrl!: string;
}

export class DiscussionParticipantsDto {
  @ApiProperty({ minimum: 0, example: 12, description: 'Providers of the owner’s services' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  providers!: number;

  @ApiProperty({ minimum: 0, example: 40 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  individuals!: number;

  @ApiProperty({ minimum: 0, example: 6 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  legalEntities!: number;
}

/** Art. 17.8: a public discussion of the report, with providers and interested persons, and its results. */
export class RecordDiscussionDto {
  @ApiProperty({ example: '2027-03-02' })
  @IsCalendarDate()
  heldOn!: string;

  @ApiProperty({ type: DiscussionParticipantsDto })
  @IsDefined()
  @NestedObject(DiscussionParticipantsDto)
  participants!: DiscussionParticipantsDto;

  @ApiProperty({
    type: LongBilingualTextDto,
    example: {
      kk: 'Қатысушылар анықтамаларды электрондық түрде беруді ұсынды',
      ru: 'Участники предложили выдавать справки в электронной форме',
    },
    description: 'The results, to be used in improving the standards (Art. 17.8)',
  })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  summary!: LongBilingualTextDto;
}

export class ReportViolationsQueryDto extends PageQueryDto {
  @ApiProperty({ example: '2026', description: 'The year reported on' })
  @IsQueryYear()
  year!: string;
}
