import { ApiPropertyOptional } from '@nestjs/swagger';
import { applicationChannels, type ApplicationChannel } from '@kzps/contracts';
import { PageQueryDto, queryList } from '@kzps/platform';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

/** The facets a row of the indicators table can be grouped by. */
export const indicatorGroupings = [
  'month',
  'service',
  'owner',
  'provider',
  'psc',
  'region',
  'channel',
] as const;
export type IndicatorGrouping = (typeof indicatorGroupings)[number];

const MONTH = /^20\d{2}-(0[1-9]|1[0-2])$/;

/** The dashboard's filters and grouping; months are Kazakhstan's calendar months (YYYY-MM). */
export class IndicatorsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', example: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f' })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @ApiPropertyOptional({ format: 'uuid', example: '23c6d681-e6ee-4de8-849f-1b01aed4e952' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ format: 'uuid', example: 'b3e1c2d4-5f60-4a7b-8c9d-0e1f2a3b4c5d' })
  @IsOptional()
  @IsUUID()
  providerId?: string;

  @ApiPropertyOptional({ format: 'uuid', example: '9a8b7c6d-5e4f-4a3b-8c1d-0e9f8a7b6c5d' })
  @IsOptional()
  @IsUUID()
  pscId?: string;

  @ApiPropertyOptional({ example: '751110000', description: 'KATO code of the provider’s region' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'regionKato must be a 9-digit KATO code' })
  regionKato?: string;

  @ApiPropertyOptional({ enum: applicationChannels, example: 'electronic' })
  @IsOptional()
  @IsIn(applicationChannels)
  channel?: ApplicationChannel;

  @ApiPropertyOptional({ example: '2026-01', description: 'First month, YYYY-MM (Asia/Almaty)' })
  @IsOptional()
  @Matches(MONTH, { message: 'fromMonth must be a month written YYYY-MM' })
  fromMonth?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'Last month, YYYY-MM (Asia/Almaty)' })
  @IsOptional()
  @Matches(MONTH, { message: 'toMonth must be a month written YYYY-MM' })
  toMonth?: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', enum: [...indicatorGroupings] },
    example: ['month', 'service'],
    description: 'Facets a row is kept by (repeat the parameter); by month when absent',
  })
  @IsOptional()
  @Transform(queryList)
  @ArrayMaxSize(indicatorGroupings.length)
  @IsIn(indicatorGroupings, { each: true })
  groupBy?: IndicatorGrouping[];
}
