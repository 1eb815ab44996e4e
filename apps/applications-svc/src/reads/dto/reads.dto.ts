import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { applicationStatuses, type ApplicationStatus } from '@kzps/contracts';
import { IsIinOrBin } from '@kzps/identifiers';
import { PageQueryDto, queryBoolean } from '@kzps/platform';
import { exampleIds } from '../../api/api-examples';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Filters of the list; each caller sees only their own part of it whatever the filters say. */
export class ApplicationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: applicationStatuses, example: 'in_work' })
  @IsOptional()
  @IsIn(applicationStatuses)
  status?: ApplicationStatus;

  @ApiPropertyOptional({ format: 'uuid', example: exampleIds.service })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @ApiPropertyOptional({ format: 'uuid', example: exampleIds.ministry })
  @IsOptional()
  @IsUUID()
  providerOrganizationId?: string;

  @ApiPropertyOptional({ format: 'uuid', example: exampleIds.psc })
  @IsOptional()
  @IsUUID()
  pscOrganizationId?: string;

  @ApiPropertyOptional({
    example: false,
    description: 'Only open applications past their due date (true), or none of them (false)',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    example: '2026-03-01',
    description: 'Accepted on or after this day (Kazakhstan time)',
  })
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'acceptedFrom must be a YYYY-MM-DD date' })
  acceptedFrom?: string;

  @ApiPropertyOptional({
    example: '2026-03-31',
    description: 'Accepted on or before this day (Kazakhstan time)',
  })
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'acceptedTo must be a YYYY-MM-DD date' })
  acceptedTo?: string;
}

export class IntakeRefusalsQueryDto extends PageQueryDto {}

/** Art. 17.4: the contact centre confirms whose application it is before it says anything. */
export class ContactCentreConfirmationDto {
  @ApiProperty({ example: '900315401233', description: "The recipient's IIN or BIN, as they tell it" })
  @IsIinOrBin()
  recipientIdNumber!: string;
}
