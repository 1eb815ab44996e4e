import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsISO8601,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { BilingualDto } from '../../common/bilingual.dto';
import { pageDtoOf } from '../../common/page.dto';

export class RegisterStandardDto {
  @ApiProperty({ example: '33125', description: 'Number in the State register of normative legal acts' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  number!: string;

  @ApiProperty({
    example: '2026-03-20',
    description:
      'Date of state registration: not in the future, not before the last agreement, not before the version it replaces came into force',
  })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date!: string;
}

export class RefuseRegistrationDto {
  @ApiProperty({
    type: BilingualDto,
    description: 'Why the Ministry of Justice refuses to register the version, in Kazakh and Russian',
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => BilingualDto)
  reasons!: BilingualDto;
}

export class RegistrationResponseDto {
  @ApiProperty({ example: 'a1b2c3d4-0000-4000-8000-000000000003' })
  standardId!: string;

  @ApiProperty({ example: 'b7c1f3e2-0000-4000-8000-000000000002' })
  versionId!: string;

  @ApiProperty({ enum: ['adoption', 'amendment', 'cancellation'], example: 'adoption' })
  kind!: string;

  @ApiProperty({ example: '33125' })
  number!: string;

  @ApiProperty({ example: '2026-03-20' })
  date!: string;

  @ApiProperty({ example: '2026-03-19T19:00:00.000Z' })
  inForceFrom!: string;
}

export class RefusalResponseDto {
  @ApiProperty({ example: '3c2b1a00-0000-4000-8000-000000000009' })
  id!: string;

  @ApiProperty({ example: 'a1b2c3d4-0000-4000-8000-000000000003' })
  standardId!: string;

  @ApiProperty({ example: 'b7c1f3e2-0000-4000-8000-000000000002' })
  versionId!: string;

  @ApiProperty({ type: BilingualDto })
  reasons!: BilingualDto;

  @ApiProperty({ example: '2026-06-12T05:00:00.000Z' })
  refusedAt!: string;
}

export const RefusalPageDto = pageDtoOf(RefusalResponseDto, 'RefusalPageDto');
