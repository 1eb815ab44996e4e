import {
  Injectable,
  UseGuards,
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { AuthenticatedRequest } from '@kzps/auth';
import { domainErrors } from '@kzps/platform';
import { DataSource } from 'typeorm';

export enum RegistryAuthorityErrorCode {
  NotYours = 'REGISTRY_AUTHORITY_NOT_YOURS',
}

export const registryAuthorityError = domainErrors<RegistryAuthorityErrorCode>({
  [RegistryAuthorityErrorCode.NotYours]: {
    status: 403,
    title: 'Only the officers of the public-services authority the registry designates keep the registry',
    localizedTitle: {
      kk: 'Тізілімді тізілімде белгіленген мемлекеттік қызметтер көрсету саласындағы уәкілетті органның қызметкерлері ғана жүргізеді',
      ru: 'Реестр ведут только сотрудники уполномоченного органа в сфере оказания государственных услуг, назначенного в реестре',
    },
  },
});

/** The 403 a registry write answers a public-services-authority officer of another organisation (D19). */
export const registryAuthorityNotYours = registryAuthorityError(RegistryAuthorityErrorCode.NotYours);

/**
 * Art. 6.3: the registry is drafted and kept by the authorised body in the field of public services, the
 * organisation the administrator designated on its act (D38): the one whose latest designation in
 * `authority_designation` holds `public-services-authority` and is active. The role alone names no body, so a
 * token of that role for any other organisation (or none) is refused before anything is read or written.
 */
@Injectable()
export class RegistryAuthorityGuard implements CanActivate {
  constructor(private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const organizationId = context.switchToHttp().getRequest<AuthenticatedRequest>().identity?.organizationId;
    if (!organizationId || !(await this.designated(organizationId)))
      throw registryAuthorityError(RegistryAuthorityErrorCode.NotYours);
    return true;
  }

  private async designated(organizationId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1
         FROM (SELECT roles FROM authority_designation
                WHERE organization_id::text = $1
                ORDER BY recorded_at DESC, id DESC
                LIMIT 1) latest
         JOIN organization o ON o.id::text = $1 AND o.active
        WHERE 'public-services-authority' = ANY (latest.roles)`,
      [organizationId],
    );
    return rows.length > 0;
  }
}

/** The operation is the designated public-services authority's alone (checked after the role). */
export const ByRegistryAuthority = (): MethodDecorator & ClassDecorator =>
  applyDecorators(UseGuards(RegistryAuthorityGuard));
