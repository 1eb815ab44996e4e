import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { exampleDates, exampleIds, exampleTimes } from '../../common/api-examples';
import { storyInForceFrom } from '../../standards/standard.examples';
import {
  inForceBases,
  officialSourceNames,
  officialSources,
  type InForceBasis,
  type OfficialSource,
} from '../publication';
import { IsBilingualText, IsCalendarDate, ShortBilingualTextDto } from '@kzps/platform';

export class RecordPublicationDto {
  @ApiPropertyOptional({
    enum: officialSources,
    example: 'reference_control_bank',
    description: 'A known official source; or name another periodical in `sourceName`, not both',
  })
  @IsOptional()
  @IsIn(officialSources)
  source?: OfficialSource;

  @ApiPropertyOptional({
    type: ShortBilingualTextDto,
    example: { kk: '«Заң газеті»', ru: '«Юридическая газета»' },
    description: 'Another periodical with the right of official publication, in Kazakh and Russian',
  })
  @IsOptional()
  @IsBilingualText(ShortBilingualTextDto)
  sourceName?: ShortBilingualTextDto;

  @ApiProperty({
    example: exampleDates.firstPublication,
    description:
      'The day of the first official publication: not before the state registration, not after today; an ' +
      'earlier day than today is accepted and audited',
  })
  @IsCalendarDate()
  firstPublishedOn!: string;
}

export class PublicationDto {
  @ApiProperty({ enum: officialSources, nullable: true, example: 'reference_control_bank' })
  source!: OfficialSource | null;

  @ApiProperty({ type: ShortBilingualTextDto, example: officialSourceNames.reference_control_bank })
  sourceName!: ShortBilingualTextDto;

  @ApiProperty({ example: exampleDates.firstPublication })
  firstPublishedOn!: string;

  @ApiProperty({
    example: exampleDates.inForce,
    description: 'The day the version enters into force (Kazakhstan), and `inForceBasis` why that day',
  })
  inForceOn!: string;

  @ApiProperty({ enum: inForceBases, example: 'ten_days_after_publication' })
  inForceBasis!: InForceBasis;

  @ApiProperty({
    example: exampleTimes.officialPublicationRecordedAt,
    description: 'When it was entered here',
  })
  recordedAt!: string;
}

export class PublicationResponseDto extends PublicationDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.standard })
  standardId!: string;

  @ApiProperty({ format: 'uuid', example: exampleIds.adoption })
  versionId!: string;

  @ApiProperty({ example: storyInForceFrom, description: 'The start of `inForceOn` in Kazakhstan' })
  inForceFrom!: string;

  @ApiProperty({
    enum: ['registered', 'in_force', 'cancelled'],
    example: 'registered',
    description: 'The version’s status: `registered` until its day, when it enters into force',
  })
  status!: string;
}
