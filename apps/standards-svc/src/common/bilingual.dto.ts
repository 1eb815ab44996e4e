import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Kazakh and Russian text (Art. 3, 5.5.2: both languages wherever a person reads). */
export class BilingualDto {
  @ApiProperty({ example: 'Мекенжай анықтамасын беру' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  kk!: string;

  @ApiProperty({ example: 'Выдача справки с места жительства' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  ru!: string;
}
