import { CurrentIdentity, Public, Roles } from '@kzps/auth';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import { RegisterStandardDto, RegistrationResponseDto } from './dto/registration.dto';
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
}
