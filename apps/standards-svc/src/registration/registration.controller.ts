import { CurrentIdentity, Public, Roles } from '@kzps/auth';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import { PageQueryDto, type Page } from '../common/page.dto';
import {
  RefusalPageDto,
  RefusalResponseDto,
  RefuseRegistrationDto,
  RegisterStandardDto,
  RegistrationResponseDto,
} from './dto/registration.dto';
import { RegistrationService } from './registration.service';

@ApiTags('registration')
@ApiBearerAuth()
@Controller('api/v1/standards/:id/registration')
export class RegistrationController {
  constructor(private readonly registration: RegistrationService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: RegistrationResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<RegistrationResponseDto> {
    return this.registration.get(id);
  }

  @Post()
  @Roles(...StandardsRoles.justice)
  @ApiOperation({ summary: 'Record state registration by the Ministry of Justice (Art. 7.2)' })
  @ApiOkResponse({ type: RegistrationResponseDto })
  register(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RegisterStandardDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<RegistrationResponseDto> {
    return this.registration.register(id, caller, body);
  }

  @Get('refusals')
  @Public()
  @ApiOperation({ summary: 'Refusals to register, newest first, with their reasons' })
  @ApiOkResponse({ type: RefusalPageDto })
  refusals(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<RefusalResponseDto>> {
    return this.registration.refusals(id, query);
  }

  @Post('refusals')
  @Roles(...StandardsRoles.justice)
  @ApiOperation({
    summary:
      'Refuse to register, with reasons: the version returns to revision, then a new round of agreement',
  })
  @ApiOkResponse({ type: RefusalResponseDto })
  refuse(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RefuseRegistrationDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<RefusalResponseDto> {
    return this.registration.refuse(id, caller, body);
  }
}
