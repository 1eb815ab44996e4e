import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageQueryDto, queryBoolean, queryList } from '@kzps/platform';
import { exampleIds } from '../../common/api-examples';
import {
  channels,
  deliveryForms,
  recipientTypes,
  serviceStatuses,
  type Channel,
  type DeliveryForm,
  type RecipientType,
  type ServiceStatus,
} from '../service-entry.enums';

export const sortKeys = ['relevance', 'code', 'nameRu', 'nameKk', 'includedAt', 'updatedAt'] as const;
export type SortKey = (typeof sortKeys)[number];

export class ServiceSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: 'тіркеу',
    description:
      'Words (or beginnings of words) of the Kazakh or Russian name or description, or a registry code or its ' +
      'beginning (01.01-001, 10-0)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    example: '01',
    description: 'Classifier sphere or sub-sphere, with everything under it',
  })
  @IsOptional()
  @Matches(/^\d{2}(\.\d{2}){0,2}$/, { message: 'sphere must look like 01 or 01.02' })
  sphere?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: exampleIds.ministryOfJustice,
    description: 'The owner (Art. 6.2)',
  })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: exampleIds.almatyAkimat,
    description: 'One of the providers (Art. 5.2)',
  })
  @IsOptional()
  @IsUUID()
  providerId?: string;

  @ApiPropertyOptional({ enum: channels, example: 'psc', description: 'One of the channels' })
  @IsOptional()
  @IsIn(channels)
  channel?: Channel;

  @ApiPropertyOptional({ enum: deliveryForms, example: 'paper-and-electronic' })
  @IsOptional()
  @IsIn(deliveryForms)
  form?: DeliveryForm;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  paid?: boolean;

  @ApiPropertyOptional({
    enum: recipientTypes,
    example: 'individual',
    description: 'One of the recipient types',
  })
  @IsOptional()
  @IsIn(recipientTypes)
  recipientType?: RecipientType;

  @ApiPropertyOptional({
    enum: serviceStatuses,
    isArray: true,
    example: ['included', 'amended'],
    description:
      'Repeat for several (status=included&status=excluded). Default: the entries in the registry (included, ' +
      'amended). draft: only for the public-services authority (403 for anyone else)',
  })
  @IsOptional()
  @Transform(queryList)
  @IsArray()
  @ArrayMaxSize(serviceStatuses.length)
  @IsIn(serviceStatuses, { each: true })
  status?: ServiceStatus[];

  @ApiPropertyOptional({
    enum: sortKeys,
    example: 'relevance',
    description: 'Default: relevance with q, code without',
  })
  @IsOptional()
  @IsIn(sortKeys)
  sort?: SortKey;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], example: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}
