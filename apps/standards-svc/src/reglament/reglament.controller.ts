import { CurrentIdentity, Public, Roles } from '@kzps/auth';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StandardsRoles, type CallerIdentity } from '../common/identity';
import { ApproveReglamentDto, PutReglamentDto, ReglamentResponseDto } from './dto/reglament.dto';
import { ReglamentService } from './reglament.service';

@ApiTags('reglament')
@ApiBearerAuth()
@Controller('api/v1/standards/:id/reglament')
export class ReglamentController {
  constructor(private readonly reglament: ReglamentService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: ReglamentResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ReglamentResponseDto> {
    return this.reglament.get(id);
  }

  @Put()
  @Roles(...StandardsRoles.owner)
  @ApiOperation({ summary: 'Draft the reglament of the standard in force (owner officers; Art. 10-11)' })
  @ApiOkResponse({ type: ReglamentResponseDto })
  put(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PutReglamentDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<ReglamentResponseDto> {
    return this.reglament.put(id, caller, body);
  }

  @Post('agreement')
  @Roles(...StandardsRoles.informatization)
  @HttpCode(200)
  @ApiOperation({ summary: 'Agreement by the informatization authority (Art. 10.4)' })
  @ApiOkResponse({ type: ReglamentResponseDto })
  agree(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<ReglamentResponseDto> {
    return this.reglament.agree(id, caller);
  }

  @Post('approval')
  @Roles(...StandardsRoles.reglamentApprovers)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Record an approving act: the owner’s order, or the resolution of an akimat delivering the service (Art. 10.1-3)',
  })
  @ApiOkResponse({ type: ReglamentResponseDto })
  approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ApproveReglamentDto,
    @CurrentIdentity() caller: CallerIdentity,
  ): Promise<ReglamentResponseDto> {
    return this.reglament.approve(id, caller, body);
  }
}
