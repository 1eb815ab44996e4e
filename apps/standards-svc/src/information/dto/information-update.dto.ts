import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { informationUpdateChanges, informationUpdateRoles } from '@kzps/contracts';
import type { InformationUpdateChange, InformationUpdateRole } from '@kzps/contracts';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import { exampleIds } from '../../common/api-examples';
import { informationUpdateStatuses, type InformationUpdateStatus } from '../information-update-status';
import { exampleUpdate } from '../information.examples';

export class ConfirmInformationUpdateDto {
  @ApiPropertyOptional({
    example: exampleUpdate.updatedOn,
    description:
      'The day (Kazakhstan) the body updated its information; today when absent. Not before the adoption ' +
      'or change, nor after today',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  updatedOn?: string;
}

/** One body's Art. 17.2 update after one version's adoption or change. */
export class InformationUpdateResponseDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.adoption })
  versionId!: string;

  @ApiProperty({ format: 'uuid', example: exampleIds.ministryOfLabour })
  organizationId!: string;

  @ApiProperty({ enum: informationUpdateRoles, isArray: true, example: ['owner', 'provider'] })
  roles!: InformationUpdateRole[];

  @ApiProperty({ enum: informationUpdateChanges, example: 'adoption' })
  change!: InformationUpdateChange;

  @ApiProperty({ example: exampleUpdate.startsOn, description: 'The day of the adoption or change' })
  startsOn!: string;

  @ApiProperty({ example: exampleUpdate.dueDate, description: 'The third working day after it' })
  dueDate!: string;

  @ApiProperty({ example: exampleUpdate.dueAt })
  dueAt!: string;

  @ApiProperty({
    enum: informationUpdateStatuses,
    example: 'confirmed',
    description: '`overdue`: the term ran out unconfirmed; `confirmed_late`: the update came after it',
  })
  status!: InformationUpdateStatus;

  @ApiPropertyOptional({ example: exampleUpdate.updatedOn, nullable: true, type: String })
  updatedOn!: string | null;

  @ApiPropertyOptional({ example: exampleUpdate.confirmedAt, nullable: true, type: String })
  confirmedAt!: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String })
  overdueAt!: string | null;
}
