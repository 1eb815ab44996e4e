import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentIdentity, guardProblems, Public, Roles, type Identity } from '@kzps/auth';
import { ApiProblems, invalid, type Page } from '@kzps/platform';
import { actorOf } from '../common/actor';
import { REGISTRY_WRITERS } from '../common/registry-roles';
import { ByRegistryAuthority, registryAuthorityNotYours } from '../common/registry-authority';
import { classifierError, ClassifierErrorCode } from './classifier.errors';
import { ClassifierService } from './classifier.service';
import {
  ClassifierNodeDto,
  ClassifierPageDto,
  ClassifierQueryDto,
  ClassifierTreeNodeDto,
  CreateClassifierNodeDto,
  UpdateClassifierNodeDto,
} from './dto/classifier.dto';

const writer = [...guardProblems(REGISTRY_WRITERS), registryAuthorityNotYours];
const notFound = classifierError(ClassifierErrorCode.NodeNotFound, 'No classifier position 01.09');
const badNames = invalid({
  field: 'nameKk',
  message: 'nameKk must be longer than or equal to 2 characters',
  constraint: 'minLength',
});
const ApiClassifierCode = () =>
  ApiParam({
    name: 'code',
    example: '01.01',
    description: 'Two digits per level: a sphere (01) or a sub-sphere (01.01)',
  });

@ApiTags('classifier')
@Controller('api/v1/registry/classifier')
export class ClassifierController {
  constructor(private readonly classifier: ClassifierService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Positions of the classification of public services (Art. 6.4)' })
  @ApiOkResponse({ type: ClassifierPageDto })
  @ApiProblems(
    invalid({
      field: 'parent',
      message: 'parent must be "root" or a classifier code',
      constraint: 'matches',
    }),
  )
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
  @ApiOperation({ summary: 'One position of the classification: a sphere or a sub-sphere' })
  @ApiClassifierCode()
  @ApiOkResponse({ type: ClassifierNodeDto })
  @ApiProblems(notFound)
  get(@Param('code') code: string): Promise<ClassifierNodeDto> {
    return this.classifier.get(code);
  }

  @Post()
  @Roles(...REGISTRY_WRITERS)
  @ByRegistryAuthority()
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: 'Add a sphere or sub-sphere (public-services authority)' })
  @ApiBody({
    type: CreateClassifierNodeDto,
    examples: {
      subSphere: {
        summary: 'A sub-sphere of "Family and children"',
        value: {
          code: '01.03',
          nameKk: 'Қорғаншылық және қамқоршылық',
          nameRu: 'Опека и попечительство',
          position: 3,
        },
      },
    },
  })
  @ApiCreatedResponse({ type: ClassifierNodeDto })
  @ApiProblems(
    invalid({ field: 'code', message: 'code must look like 01, 01.02 or 01.02.03', constraint: 'matches' }),
    badNames,
    classifierError(ClassifierErrorCode.ParentMismatch, 'No parent position 11'),
    ...writer,
    classifierError(ClassifierErrorCode.CodeTaken, 'Code 01.01 is already used'),
  )
  create(
    @Body() body: CreateClassifierNodeDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ClassifierNodeDto> {
    return this.classifier.create(body, actorOf(identity));
  }

  @Put(':code')
  @Roles(...REGISTRY_WRITERS)
  @ByRegistryAuthority()
  @ApiBearerAuth('bearer')
  @ApiClassifierCode()
  @ApiOperation({ summary: 'Rename a position (its code is permanent)' })
  @ApiOkResponse({ type: ClassifierNodeDto })
  @ApiProblems(badNames, ...writer, notFound)
  update(
    @Param('code') code: string,
    @Body() body: UpdateClassifierNodeDto,
    @CurrentIdentity() identity: Identity,
  ): Promise<ClassifierNodeDto> {
    return this.classifier.update(code, body, actorOf(identity));
  }
}
