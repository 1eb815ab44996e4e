import { NestedObject } from '@kzps/platform';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** Art. 5.4.2: each criterion from 1 (very poor) to 5 (excellent). */
const Score = (example: number, description: string): PropertyDecorator =>
  applyDecorators(ApiProperty({ minimum: 1, maximum: 5, example, description }), IsInt(), Min(1), Max(5));

export class SurveyScoresDto {
  @Score(5, 'The result came within the term')
  timeliness!: number;

  @Score(4, 'The staff were polite and helpful')
  courtesy!: number;

  @Score(5, 'Applying was convenient')
  convenience!: number;

  @Score(4, 'What to bring and when was clear')
  information!: number;

  @Score(5, 'The result itself')
  result!: number;
}

export class AnswerSurveyDto {
  @ApiProperty({ format: 'uuid', example: 'e4d3c2b1-0001-4000-8000-00000000a001' })
  @IsUUID()
  applicationId!: string;

  @ApiProperty({ type: SurveyScoresDto })
  @IsDefined()
  @NestedObject(SurveyScoresDto)
  scores!: SurveyScoresDto;

  @ApiPropertyOptional({
    maxLength: 2000,
    example: 'Анықтама уақытында берілді, рахмет / Справку выдали вовремя, спасибо',
    description: 'In the recipient’s own words, Kazakh or Russian',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
