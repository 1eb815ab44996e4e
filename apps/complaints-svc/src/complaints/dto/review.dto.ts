import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  complaintOutcomes,
  extensionReasons,
  type ComplaintOutcome,
  type ExtensionReason,
} from '@kzps/contracts';
import {
  IsBilingualText,
  IsCalendarDate,
  LongBilingualTextDto,
  NestedItems,
  ShortBilingualTextDto,
} from '@kzps/platform';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** Art. 19.6: an extension names its purpose and its reasons; the complainant is told both. */
export class ExtendTermDto {
  @ApiProperty({ enum: extensionReasons, example: 'on_site_check' })
  @IsIn(extensionReasons)
  reason!: ExtensionReason;

  @ApiProperty({
    type: ShortBilingualTextDto,
    example: {
      kk: 'Қызмет көрсету орнына барып, кезек журналын тексеру қажет',
      ru: 'Необходимо выехать на место оказания услуги и проверить журнал очереди',
    },
  })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  explanation!: ShortBilingualTextDto;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10, example: 5, description: 'Working days' })
  @IsInt()
  @Min(1)
  @Max(10)
  workingDays!: number;
}

export class MeasureDto {
  @ApiProperty({
    type: ShortBilingualTextDto,
    example: { kk: 'Анықтаманы 3 жұмыс күні ішінде беру', ru: 'Выдать справку в течение 3 рабочих дней' },
  })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  text!: ShortBilingualTextDto;

  @ApiProperty({ format: 'date', example: '2026-07-21' })
  @IsCalendarDate()
  dueDate!: string;
}

/** Art. 19.4: a motivated decision; when satisfied, the measures that restore the recipient's rights. */
export class DecideDto {
  @ApiProperty({ enum: complaintOutcomes, example: 'satisfied' })
  @IsIn(complaintOutcomes)
  outcome!: ComplaintOutcome;

  @ApiProperty({
    type: LongBilingualTextDto,
    example: {
      kk: 'Анықтама стандартта белгіленген мерзім өткеннен кейін берілгені расталды',
      ru: 'Подтверждено, что справка выдана после срока, установленного стандартом',
    },
  })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  reasons!: LongBilingualTextDto;

  @ApiPropertyOptional({
    type: LongBilingualTextDto,
    description: 'The quality authority: the causes its study found (Art. 19.5.1)',
    example: { kk: 'Қызметкерлер штатының жетіспеушілігі', ru: 'Нехватка штатных работников' },
  })
  @IsOptional()
  @IsBilingualText(LongBilingualTextDto)
  causes?: LongBilingualTextDto;

  @ApiPropertyOptional({ type: [MeasureDto], description: 'Required when satisfied, refused otherwise' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @NestedItems(MeasureDto)
  measures?: MeasureDto[];
}

/** Art. 19.7-8: the complainant went to court; the pre-trial track is not closed by it. */
export class RecordCourtDto {
  @ApiProperty({
    type: ShortBilingualTextDto,
    example: {
      kk: 'Алматы қаласының мамандандырылған ауданаралық әкімшілік соты',
      ru: 'Специализированный межрайонный административный суд города Алматы',
    },
  })
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  court!: ShortBilingualTextDto;

  @ApiProperty({ format: 'date', example: '2026-07-10', description: 'The day the claim was filed' })
  @IsCalendarDate()
  filedOn!: string;

  @ApiPropertyOptional({ example: '7511-26-00-3а/1482' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  caseNumber?: string;
}

/** Art. 19.5.2: the quality authority requires the provider or owner to restore the violated rights. */
export class IssueRequirementDto {
  @ApiProperty({
    format: 'uuid',
    example: 'b11dcfae-f7b9-4155-b0d4-503978098c1f',
    description: 'The provider or the central body of the chain',
  })
  @IsUUID()
  addresseeId!: string;

  @ApiProperty({
    type: LongBilingualTextDto,
    example: {
      kk: 'Шағымданушыға анықтаманы беру және мерзімдердің сақталуын қамтамасыз ету',
      ru: 'Выдать заявителю справку и обеспечить соблюдение сроков',
    },
  })
  @IsDefined()
  @IsBilingualText(LongBilingualTextDto)
  text!: LongBilingualTextDto;

  @ApiProperty({ format: 'date', example: '2026-08-20' })
  @IsCalendarDate()
  dueDate!: string;
}
