import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class RegisterStandardDto {
  @ApiProperty({ example: '33125', description: 'Number in the State register of normative legal acts' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  number!: string;

  @ApiProperty({ example: '2026-03-20', description: 'Date of state registration' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date!: string;
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
