import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { recommendationResponses, type RecommendationResponse } from '@kzps/contracts';
import { IsBilingualText, PageQueryDto, ShortBilingualTextDto } from '@kzps/platform';
import { IsDefined, IsIn, IsOptional, ValidateIf } from 'class-validator';
import type { RecommendationStatus } from '../recommendation.view';

const statuses: readonly RecommendationStatus[] = ['pending', ...recommendationResponses];

export class RecommendationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: statuses, example: 'pending' })
  @IsOptional()
  @IsIn(statuses)
  status?: RecommendationStatus;
}

/** The owner's answer (Art. 7.5): a rejection states its reasons in Kazakh and Russian. */
export class AnswerRecommendationDto {
  @ApiProperty({ enum: recommendationResponses, example: 'rejected' })
  @IsIn(recommendationResponses)
  response!: RecommendationResponse;

  @ApiPropertyOptional({
    type: ShortBilingualTextDto,
    example: {
      kk: 'Анықтама мемлекеттік дерекқорда жоқ, сондықтан тізбеде қалады',
      ru: 'Справки нет в государственной базе данных, поэтому она остается в перечне',
    },
    description: 'Required when rejected',
  })
  @ValidateIf((dto: AnswerRecommendationDto) => dto.response === 'rejected' || dto.reasons !== undefined)
  @IsDefined({ message: 'reasons are required when the recommendation is rejected' })
  @IsBilingualText(ShortBilingualTextDto)
  reasons?: ShortBilingualTextDto;
}
