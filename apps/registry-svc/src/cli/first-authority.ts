import type { INestApplicationContext } from '@nestjs/common';
import { createValidationPipe } from '@kzps/platform';
import type { AuthorityDesignationDto } from '../organizations/dto/authority-roles.dto';
import { FirstAuthorityDto } from '../organizations/dto/authority-roles.dto';
import type { OrganizationResponseDto } from '../organizations/dto/organization.dto';
import { OrganizationsService } from '../organizations/organizations.service';

export const FIRST_AUTHORITY_USAGE =
  'usage: designate-first-authority --bin <BIN> --name-kk <name> --name-ru <name> ' +
  '--act-kind <law|presidential-decree|government-resolution> --act-number <number> --act-date <YYYY-MM-DD> ' +
  '--act-title-kk <title> --act-title-ru <title> [--actor <subject>]';

/** Who the audit trail names when the operator gives no `--actor`. */
const DEFAULT_ACTOR = 'system:registry-svc:designate-first-authority';

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

/**
 * Records the first public-services authority of a registry (D38 bootstrap) from the CLI's arguments: read as
 * the API reads a body (a missing or blank one is a 400 `VALIDATION_FAILED` naming the field), then written in
 * one transaction by `OrganizationsService.designateFirstAuthority`, which refuses a second run (409).
 */
export async function designateFirstAuthority(
  app: INestApplicationContext,
  args: readonly string[],
): Promise<{ organization: OrganizationResponseDto; designation: AuthorityDesignationDto }> {
  const body = {
    bin: option(args, 'bin'),
    nameKk: option(args, 'name-kk'),
    nameRu: option(args, 'name-ru'),
    act: {
      kind: option(args, 'act-kind'),
      number: option(args, 'act-number'),
      date: option(args, 'act-date'),
      title: { kk: option(args, 'act-title-kk'), ru: option(args, 'act-title-ru') },
    },
  };
  const input = (await createValidationPipe().transform(body, {
    type: 'body',
    metatype: FirstAuthorityDto,
  })) as FirstAuthorityDto;
  const subject = option(args, 'actor') ?? DEFAULT_ACTOR;
  return app.get(OrganizationsService).designateFirstAuthority(input, { subject, roles: [] });
}
