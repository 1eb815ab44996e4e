import { ApiProperty } from '@nestjs/swagger';
import { pageDtoOf, ShortBilingualTextDto } from '@kzps/platform';
import { exampleIds } from '../../common/api-examples';

/**
 * One entry, or scheduled version of an entry, whose local executive body the D25 migration moved out of the
 * role of the body developing the standard (Art. 7.1) and into the providers (Art. 7.3).
 */
export class OwnerCorrectionDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.birthRegistration })
  serviceId!: string;

  @ApiProperty({ example: '01.01-001' })
  code!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: null,
    description: 'The scheduled version corrected; null for the entry as it stood',
  })
  version!: number | null;

  @ApiProperty({ format: 'uuid', example: exampleIds.almatyAkimat, description: 'The akimat named as owner' })
  formerOwnerId!: string;

  @ApiProperty({
    type: ShortBilingualTextDto,
    example: { kk: 'Алматы қаласының әкімдігі', ru: 'Акимат города Алматы' },
  })
  formerOwnerName!: ShortBilingualTextDto;

  @ApiProperty({
    example: false,
    description: 'Whether the akimat was added to the providers (it was not one)',
  })
  addedToProviders!: boolean;

  @ApiProperty({ format: 'date-time', example: '2026-12-05T21:00:00.000Z' })
  correctedAt!: string;
}

export const OwnerCorrectionPageDto = pageDtoOf(OwnerCorrectionDto, 'OwnerCorrectionPageDto');
