import { Module } from '@nestjs/common';
import { ConstraintProblems } from '@kzps/platform';
import { OrganizationsController } from './organizations.controller';
import { organizationError, OrganizationErrorCode } from './organizations.errors';
import { OrganizationsService } from './organizations.service';

@Module({
  controllers: [OrganizationsController],
  providers: [OrganizationsService],
  exports: [OrganizationsService],
})
export class OrganizationsModule {
  /** Two writers of one BIN or IIN both pass the service's check; the unique index stops the second. */
  constructor(constraints: ConstraintProblems) {
    constraints.register({
      organization_bin_key: () =>
        organizationError(OrganizationErrorCode.BinTaken, 'The BIN belongs to another organisation'),
      organization_iin_key: () =>
        organizationError(OrganizationErrorCode.IinTaken, 'The IIN belongs to another organisation'),
    });
  }
}
