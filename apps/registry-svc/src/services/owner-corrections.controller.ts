import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { guardProblems, Roles } from '@kzps/auth';
import { ApiProblems, badPage, PageQueryDto, type Page } from '@kzps/platform';
import { ByRegistryAuthority, registryAuthorityNotYours } from '../common/registry-authority';
import { REGISTRY_WRITERS } from '../common/registry-roles';
import { OwnerCorrectionPageDto, type OwnerCorrectionDto } from './dto/owner-correction.dto';
import { OwnerCorrections } from './owner-corrections';

@ApiTags('registry')
@Controller('api/v1/registry/owner-corrections')
export class OwnerCorrectionsController {
  constructor(private readonly corrections: OwnerCorrections) {}

  @Get()
  @Roles(...REGISTRY_WRITERS)
  // The corrections await the registry's acts: read by the officers of the body that keeps it (Art. 6.3).
  @ByRegistryAuthority()
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'The entries whose akimat left the role of the standard’s developer (D25, Art. 7.1)',
    description:
      'The report of the migration that moved each local executive body named as owner to the providers ' +
      '(Art. 7.3): the entry (or scheduled version), the former owner and whether it was added to the ' +
      'providers. Each awaits an act of the registry naming the central state body. For the officers of the ' +
      'designated public-services authority only.',
  })
  @ApiOkResponse({ type: OwnerCorrectionPageDto })
  @ApiProblems(badPage, ...guardProblems(REGISTRY_WRITERS), registryAuthorityNotYours)
  list(@Query() query: PageQueryDto): Promise<Page<OwnerCorrectionDto>> {
    return this.corrections.page(query);
  }
}
