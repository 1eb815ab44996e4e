import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import { CurrentIdentity, Public, Roles, type Identity } from '@kzps/auth';
import { actorOf } from '../common/actor';
import { ApiProblems } from '../common/api-problems.decorator';
import type { Page } from '../common/page.dto';
import { REGISTRY_WRITERS } from '../common/registry-roles';
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

@ApiTags('organizations')
@Controller('api/v1/registry/organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Directory of owners, providers, PSCs, authorities and NGOs' })
  @ApiOkResponse({ type: OrganizationPageDto })
  @ApiProblems(400)
  list(@Query() query: OrganizationQueryDto): Promise<Page<OrganizationResponseDto>> {
    return this.organizations.list(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One organisation' })
  @ApiOkResponse({ type: OrganizationResponseDto })
  @ApiProblems(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<OrganizationResponseDto> {
    return this.organizations.get(id);
  }

  @Get(':id/versions')
  @Public()
  @ApiOperation({ summary: 'Every recorded state of the organisation, oldest first' })
  @ApiOkResponse({ type: [OrganizationVersionDto] })
  @ApiProblems(400, 404)
  versions(@Param('id', ParseUUIDPipe) id: string): Promise<OrganizationVersionDto[]> {
    return this.organizations.versions(id);
  }

  @Post()
  @Roles(...REGISTRY_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: 'Add an organisation (public-services authority)' })
  @ApiCreatedResponse({ type: OrganizationResponseDto })
  @ApiProblems(400, 401, 403, 409)
  create(
    @Body() body: CreateOrganizationDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<OrganizationResponseDto> {
    return this.organizations.create(body, actorOf(identity));
  }

  @Put(':id')
  @Roles(...REGISTRY_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Replace an organisation’s details; the previous state stays in its history',
    description:
      'A service owner cannot become a kind that cannot own a service while entries name it as owner (409 ORGANIZATION_OWNS_ENTRIES, Art. 5.1). Deactivating (active: false, a reorganisation) is allowed: the answer lists in dependentEntries the entries that still name the organisation, to be amended.',
  })
  @ApiOkResponse({ type: OrganizationUpdatedDto })
  @ApiProblems(400, 401, 403, 404, 409)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateOrganizationDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<OrganizationUpdatedDto> {
    return this.organizations.update(id, body, actorOf(identity));
  }
}
