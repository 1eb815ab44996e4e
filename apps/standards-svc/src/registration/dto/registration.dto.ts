import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { exampleDates, exampleIds, exampleTimes } from '../../common/api-examples';
import { storyInForceFrom } from '../../standards/standard.examples';
import { approvingActExample, refusalReasons, registrationNumber } from '../registration.examples';
import { RegisteredActDto } from './approving-act.dto';
import { PublicationDto } from './publication.dto';
import { pageDtoOf, IsBilingualText, IsCalendarDate, LongBilingualTextDto } from '@kzps/platform';

export class RegisterStandardDto {
  @ApiProperty({
    example: registrationNumber,
    description: 'Number in the State register of normative legal acts',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  number!: string;

  @ApiProperty({
    example: exampleDates.registration,
    description:
      'Date of state registration: not in the future, not before the last agreement, not before the version it replaces came into force',
  })
  @IsCalendarDate()
  date!: string;
}

export class RefuseRegistrationDto {
  @ApiProperty({
    type: LongBilingualTextDto,
    example: refusalReasons,
    description: 'Why the Ministry of Justice refuses to register the version, in Kazakh and Russian',
  })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  reasons!: LongBilingualTextDto;
}

export class RegistrationResponseDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.standard })
  standardId!: string;

  @ApiProperty({ format: 'uuid', example: exampleIds.adoption })
  versionId!: string;

  @ApiProperty({ enum: ['adoption', 'amendment', 'cancellation'], example: 'adoption' })
  kind!: string;

  @ApiProperty({ example: registrationNumber })
  number!: string;

  @ApiProperty({ example: exampleDates.registration })
  date!: string;

  @ApiProperty({
    example: storyInForceFrom,
    nullable: true,
    type: String,
    description:
      'The start of the day the version enters into force in Kazakhstan; null while its official ' +
      'publication is not recorded (the day its act states, or ten calendar days after publication)',
  })
  inForceFrom!: string | null;

  @ApiProperty({
    type: PublicationDto,
    nullable: true,
    description: 'The act’s first official publication, once recorded (`PUT …/publication`)',
  })
  publication!: PublicationDto | null;

  @ApiProperty({
    type: RegisteredActDto,
    nullable: true,
    example: { ...approvingActExample, date: exampleDates.approvingAct },
    description:
      'The central body’s act the registration is of (Art. 7.1); null for a version registered before acts were recorded',
  })
  approvingAct!: RegisteredActDto | null;
}

export class RefusalResponseDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.refusal })
  id!: string;

  @ApiProperty({ format: 'uuid', example: exampleIds.standard })
  standardId!: string;

  @ApiProperty({ format: 'uuid', example: exampleIds.adoption })
  versionId!: string;

  @ApiProperty({ type: LongBilingualTextDto, example: refusalReasons })
  reasons!: LongBilingualTextDto;

  @ApiProperty({ example: exampleTimes.refusedAt })
  refusedAt!: string;
}

export const RefusalPageDto = pageDtoOf(RefusalResponseDto, 'RefusalPageDto');
