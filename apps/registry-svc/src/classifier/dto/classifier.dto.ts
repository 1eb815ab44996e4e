import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsNonBlankText, pageDtoOf, PageQueryDto } from '@kzps/platform';

export const CLASSIFIER_CODE = /^\d{2}(\.\d{2}){0,2}$/;

/** Far more positions than a level of two-digit codes can hold, and well inside PostgreSQL's int. */
export const MAX_POSITION = 9_999;

export class UpdateClassifierNodeDto {
  @ApiProperty({ example: 'Азаматтық хал актілерін тіркеу' })
  @IsNonBlankText(500, 2)
  nameKk!: string;

  @ApiProperty({ example: 'Регистрация актов гражданского состояния' })
  @IsNonBlankText(500, 2)
  nameRu!: string;

  @ApiPropertyOptional({
    example: 1,
    minimum: 0,
    maximum: MAX_POSITION,
    description: 'Order among its siblings; the last two digits of the code if omitted',
  })
  // A JSON number only: a conversion here stored `true` as position 1 and took "2" for 2 (issue 13).
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_POSITION)
  position?: number;
}

export class CreateClassifierNodeDto extends UpdateClassifierNodeDto {
  @ApiProperty({ example: '01.03', description: 'Two digits per level: sphere "01", sub-sphere "01.03"' })
  @Matches(CLASSIFIER_CODE, { message: 'code must look like 01, 01.02 or 01.02.03' })
  code!: string;
}

export class ClassifierQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: '01',
    description: 'Only the children of this position; "root" for spheres',
  })
  @IsOptional()
  @Matches(/^(root|\d{2}(\.\d{2}){0,2})$/, { message: 'parent must be "root" or a classifier code' })
  parent?: string;
}

export class ClassifierNodeDto {
  @ApiProperty({ example: '01.01' })
  code!: string;

  @ApiProperty({ example: '01', nullable: true })
  parentCode!: string | null;

  @ApiProperty({ example: 'Азаматтық хал актілерін тіркеу' })
  nameKk!: string;

  @ApiProperty({ example: 'Регистрация актов гражданского состояния' })
  nameRu!: string;

  @ApiProperty({ example: 1 })
  position!: number;

  @ApiProperty({ example: 1, description: '1 for a sphere, 2 for a sub-sphere' })
  level!: number;
}

export const ClassifierPageDto = pageDtoOf(ClassifierNodeDto, 'ClassifierPageDto');

export class ClassifierTreeNodeDto extends ClassifierNodeDto {
  @ApiProperty({ type: () => [ClassifierTreeNodeDto] })
  children!: ClassifierTreeNodeDto[];
}
