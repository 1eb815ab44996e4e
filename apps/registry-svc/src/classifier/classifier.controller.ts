import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentIdentity, Public, Roles, type Identity } from '@kzps/auth';
import { actorOf } from '../common/actor';
import { ApiProblems } from '../common/api-problems.decorator';
import type { Page } from '../common/page.dto';
import { REGISTRY_WRITERS } from '../common/registry-roles';
import { ClassifierService } from './classifier.service';
import {
  ClassifierNodeDto,
  ClassifierPageDto,
  ClassifierQueryDto,
  ClassifierTreeNodeDto,
  CreateClassifierNodeDto,
  UpdateClassifierNodeDto,
} from './dto/classifier.dto';

@ApiTags('classifier')
@Controller('api/v1/registry/classifier')
export class ClassifierController {
  constructor(private readonly classifier: ClassifierService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Positions of the classification of public services (Art. 6.4)' })
  @ApiOkResponse({ type: ClassifierPageDto })
  @ApiProblems(400)
  list(@Query() query: ClassifierQueryDto): Promise<Page<ClassifierNodeDto>> {
    return this.classifier.list(query);
  }

  @Get('tree')
  @Public()
  @ApiOperation({ summary: 'The whole classification as a tree of spheres and sub-spheres' })
  @ApiOkResponse({ type: [ClassifierTreeNodeDto] })
  tree(): Promise<ClassifierTreeNodeDto[]> {
    return this.classifier.tree();
  }

  @Get(':code')
  @Public()
  @ApiParam({ name: 'code', example: '01.02' })
  @ApiOkResponse({ type: ClassifierNodeDto })
  @ApiProblems(404)
  get(@Param('code') code: string): Promise<ClassifierNodeDto> {
    return this.classifier.get(code);
  }

  @Post()
  @Roles(...REGISTRY_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: 'Add a sphere or sub-sphere (public-services authority)' })
  @ApiCreatedResponse({ type: ClassifierNodeDto })
  @ApiProblems(400, 401, 403, 409)
  create(
    @Body() body: CreateClassifierNodeDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ClassifierNodeDto> {
    return this.classifier.create(body, actorOf(identity));
  }

  @Put(':code')
  @Roles(...REGISTRY_WRITERS)
  @ApiBearerAuth('bearer')
  @ApiParam({ name: 'code', example: '01.02' })
  @ApiOperation({ summary: 'Rename a position (its code is permanent)' })
  @ApiOkResponse({ type: ClassifierNodeDto })
  @ApiProblems(400, 401, 403, 404)
  update(
    @Param('code') code: string,
    @Body() body: UpdateClassifierNodeDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ClassifierNodeDto> {
    return this.classifier.update(code, body, actorOf(identity));
  }
}
