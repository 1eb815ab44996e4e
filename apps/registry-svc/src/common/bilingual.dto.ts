import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Text a person reads, in Kazakh and Russian (Art. 3, 5.5.2). */
export class BilingualDto {
  @ApiProperty({ example: 'Баланың тууын тіркеу', description: 'Kazakh' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  kk!: string;

  @ApiProperty({ example: 'Регистрация рождения ребенка', description: 'Russian' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  ru!: string;
}

export function bilingual(kk: string, ru: string): BilingualDto {
  return Object.assign(new BilingualDto(), { kk, ru });
}

export function optionalBilingual(kk: string | null, ru: string | null): BilingualDto | null {
  return kk !== null && ru !== null ? bilingual(kk, ru) : null;
}
