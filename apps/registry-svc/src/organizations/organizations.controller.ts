import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, Public, Roles, type Identity } from '@kzps/auth';
import { ApiProblems, ApiUuidParam, invalid, malformedId, type Page } from '@kzps/platform';
import { actorOf } from '../common/actor';
import { exampleIds } from '../common/api-examples';
import { AUTHORITY_DESIGNATORS, REGISTRY_WRITERS } from '../common/registry-roles';
import { ByRegistryAuthority, registryAuthorityNotYours } from '../common/registry-authority';
import {
  AssignAuthorityRolesDto,
  AuthorityDesignationDto,
  designationActExample,
} from './dto/authority-roles.dto';
import {
  CreateOrganizationDto,
  OrganizationPageDto,
  OrganizationQueryDto,
  OrganizationResponseDto,
  OrganizationUpdatedDto,
  OrganizationVersionDto,
  UpdateOrganizationDto,
} from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';
import { organizationProblems as problems } from './organizations.problems';
import { Idempotent } from '@kzps/db';

const ApiOrganizationId = () =>
  ApiUuidParam('id', exampleIds.ministryOfJustice, 'The organisation (the Ministry of Justice)');
const writer = [...guardProblems(REGISTRY_WRITERS), registryAuthorityNotYours];
const badFields = invalid(
  {
    field: 'bin',
    message: 'bin: БСН жарамсыз / неверный БИН — 12 цифрдан тұруы керек / должен состоять из 12 цифр',
    constraint: 'isBin',
  },
  {
    field: 'kind',
    message:
      'kind must be one of the following values: central-state-body, department, local-executive-body, territorial-body, state-institution, state-enterprise, quasi-state-entity, private-legal-entity, individual-provider, psc, specialised-psc, foreign-mission, ngo',
    constraint: 'isIn',
  },
);
/** What the directory's checks refuse in an organisation's details. */
const detailProblems = [
  badFields,
  problems.identifierMismatch,
  problems.levelMismatch,
  problems.katoMismatch,
  problems.departmentParent,
  problems.parentNotFound,
  problems.parentCycle,
];

/** Organisations as the authority enters them: a ministry's department, a district akimat, a notary. */
const organizationBodies = {
  department: {
    summary: 'A department (ведомство) of a ministry, Art. 5.2.1',
    value: {
      bin: '040241000019',
      nameKk: 'Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитеті',
      nameRu: 'Комитет государственных доходов Министерства финансов Республики Казахстан',
      kind: 'department',
      roles: ['provider'],
      parentId: exampleIds.ministryOfFinance,
      regionKato: '710000000',
    },
  },
  districtAkimat: {
    summary: 'A district akimat, with its level and KATO code inside its oblast',
    value: {
      bin: '990340200017',
      nameKk: 'Алматы облысы Қарасай ауданының әкімдігі',
      nameRu: 'Акимат Карасайского района Алматинской области',
      kind: 'local-executive-body',
      level: 'district',
      roles: ['provider'],
      parentId: exampleIds.almatyOblastAkimat,
      regionKato: '195200000',
    },
  },
  individualProvider: {
    summary: 'An individual provider (a private notary), by IIN, Art. 5.2.2',
    value: {
      iin: '550315200565',
      nameKk: 'Жеке нотариус Сейітова Г.',
      nameRu: 'Частный нотариус Сейитова Г.',
      kind: 'individual-provider',
      roles: ['provider'],
      regionKato: '750000000',
    },
  },
};

@ApiTags('organizations')
@Controller('api/v1/registry/organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Directory of owners, providers, PSCs, authorities and NGOs' })
  @ApiOkResponse({ type: OrganizationPageDto })
  @ApiProblems(
    invalid({
      field: 'regionKato',
      message: 'regionKato: 9 цифрдан тұратын ӘАОЖ коды / код КАТО из 9 цифр',
      constraint: 'matches',
    }),
  )
  list(@Query() query: OrganizationQueryDto): Promise<Page<OrganizationResponseDto>> {
    return this.organizations.list(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One organisation' })
  @ApiOrganizationId()
  @ApiOkResponse({ type: OrganizationResponseDto })
  @ApiProblems(malformedId, problems.notFound)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<OrganizationResponseDto> {
    return this.organizations.get(id);
  }

  @Get(':id/versions')
  @Public()
  @ApiOperation({ summary: 'Every recorded state of the organisation, oldest first' })
  @ApiOrganizationId()
  @ApiOkResponse({ type: [OrganizationVersionDto] })
  @ApiProblems(malformedId, problems.notFound)
  versions(@Param('id', ParseUUIDPipe) id: string): Promise<OrganizationVersionDto[]> {
    return this.organizations.versions(id);
  }

  @Post()
  @Roles(...REGISTRY_WRITERS)
  @ByRegistryAuthority()
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: 'Add an organisation (public-services authority)' })
  @ApiBody({ type: CreateOrganizationDto, examples: organizationBodies })
  @ApiCreatedResponse({ type: OrganizationResponseDto })
  @ApiProblems(
    ...detailProblems,
    ...writer,
    problems.binTaken,
    problems.iinTaken,
    problems.authorityRolesByAct,
  )
  @Idempotent()
  create(
    @Body() body: CreateOrganizationDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<OrganizationResponseDto> {
    return this.organizations.create(body, actorOf(identity));
  }

  @Put(':id')
  @Roles(...REGISTRY_WRITERS)
  @ByRegistryAuthority()
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Replace an organisation’s details; the previous state stays in its history',
    description:
      'A service owner cannot become a kind that cannot own a service while entries name it as owner (409 ORGANIZATION_OWNS_ENTRIES, Art. 5.1). Deactivating (active: false, a reorganisation) is allowed: the answer lists in dependentEntries the entries that still name the organisation, to be amended.',
  })
  @ApiOrganizationId()
  @ApiBody({
    type: UpdateOrganizationDto,
    examples: {
      rename: {
        summary: 'The Ministry of Justice, renamed',
        value: {
          bin: '990240000010',
          nameKk: 'Қазақстан Республикасының Әділет министрлігі',
          nameRu: 'Министерство юстиции Республики Казахстан',
          kind: 'central-state-body',
          roles: ['service-owner', 'provider', 'justice-registration-authority'],
          regionKato: '710000000',
          active: true,
        },
      },
    },
  })
  @ApiOkResponse({ type: OrganizationUpdatedDto })
  @ApiProblems(
    malformedId,
    ...detailProblems,
    ...writer,
    problems.notFound,
    problems.binTaken,
    problems.iinTaken,
    problems.ownsEntries,
    problems.authorityRolesByAct,
  )
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateOrganizationDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<OrganizationUpdatedDto> {
    return this.organizations.update(id, body, actorOf(identity));
  }

  @Get(':id/authority-designations')
  @Public()
  @ApiOperation({
    summary: 'The legal acts that designated the organisation an authorised body, newest first',
  })
  @ApiOrganizationId()
  @ApiOkResponse({ type: [AuthorityDesignationDto] })
  @ApiProblems(malformedId, problems.notFound)
  designations(@Param('id', ParseUUIDPipe) id: string): Promise<AuthorityDesignationDto[]> {
    return this.organizations.designations(id);
  }

  @Put(':id/authority-roles')
  @Roles(...AUTHORITY_DESIGNATORS)
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Designate an authorised body on its legal act (platform administrator)',
    description:
      'Sets the authority roles (public-services, quality, informatization, justice registration) the ' +
      'organisation holds under the act that designates it; only a central state body, the act not dated ' +
      'after today. Its other roles stay; the act is kept (`GET …/authority-designations`) and audited, and ' +
      '`organization.upserted` carries the new roles. Nobody else changes these roles (D38).',
  })
  @ApiOrganizationId()
  @ApiBody({
    type: AssignAuthorityRolesDto,
    examples: {
      justice: {
        summary: 'The Ministry of Justice registers standards (Art. 7.2)',
        value: { roles: ['justice-registration-authority'], act: designationActExample },
      },
    },
  })
  @ApiOkResponse({ type: AuthorityDesignationDto })
  @ApiProblems(
    malformedId,
    ...guardProblems(AUTHORITY_DESIGNATORS),
    problems.notFound,
    problems.authorityNotCentral,
    problems.designationActInFuture,
  )
  assignAuthorityRoles(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AssignAuthorityRolesDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<AuthorityDesignationDto> {
    return this.organizations.assignAuthorityRoles(id, body, actorOf(identity));
  }
}
