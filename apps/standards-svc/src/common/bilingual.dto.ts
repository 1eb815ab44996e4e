import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Kazakh and Russian text (Art. 3, 5.5.2: both languages wherever a person reads). */
export class BilingualDto {
  @ApiProperty({ example: 'Баланың тууына байланысты біржолғы мемлекеттік жәрдемақыны тағайындау' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  kk!: string;

  @ApiProperty({ example: 'Назначение единовременного государственного пособия в связи с рождением ребенка' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  ru!: string;
}
