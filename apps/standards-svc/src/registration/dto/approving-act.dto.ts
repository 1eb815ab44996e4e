import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { exampleDates, exampleIds, exampleTimes } from '../../common/api-examples';
import { approvingActKinds, type ApprovingActKind } from '../approving-act';
import { approvingActExample } from '../registration.examples';
import { IsBilingualText, IsCalendarDate, ShortBilingualTextDto } from '@kzps/platform';

export class RecordApprovingActDto {
  @ApiProperty({ enum: approvingActKinds, example: approvingActExample.kind })
  @IsIn(approvingActKinds)
  kind!: ApprovingActKind;

  @ApiProperty({ example: approvingActExample.number, description: 'The act’s number as the body gave it' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  number!: string;

  @ApiProperty({
    example: exampleDates.approvingAct,
    description:
      'The act’s own date: the Art. 7.1 term is met on it and the Art. 10.1 term runs from it. Not after ' +
      'today, not before the last body agreed the version; an earlier day than today is accepted and audited.',
  })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ type: ShortBilingualTextDto, example: approvingActExample.title })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  title!: ShortBilingualTextDto;

  @ApiProperty({
    required: false,
    nullable: true,
    example: exampleDates.statedInForce,
    description:
      'The day the act states it enters into force, when it states one; not before the act’s date. Without ' +
      'it the version enters into force ten calendar days after its first official publication (Law “On ' +
      'legal acts”), and never before that publication.',
  })
  @IsOptional()
  @IsCalendarDate()
  inForceOn?: string | null;
}

/** The act as the register and the events name it (Art. 7.1). */
export class RegisteredActDto {
  @ApiProperty({ enum: approvingActKinds, example: approvingActExample.kind })
  kind!: ApprovingActKind;

  @ApiProperty({ example: approvingActExample.number })
  number!: string;

  @ApiProperty({ example: exampleDates.approvingAct })
  date!: string;

  @ApiProperty({ type: ShortBilingualTextDto, example: approvingActExample.title })
  title!: ShortBilingualTextDto;
}

export class ApprovingActResponseDto extends RegisteredActDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.standard })
  standardId!: string;

  @ApiProperty({ format: 'uuid', example: exampleIds.adoption })
  versionId!: string;

  @ApiProperty({ example: exampleTimes.approvingActRecordedAt, description: 'When the act was entered here' })
  recordedAt!: string;

  @ApiProperty({
    nullable: true,
    example: null,
    description: 'The day the act states it enters into force; null: ten calendar days after publication',
  })
  inForceOn!: string | null;
}
