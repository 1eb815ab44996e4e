import { Body, Controller, Get, Module, Param, ParseIntPipe, Post, type DynamicModule } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested } from 'class-validator';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, type ServiceAppOptions } from '../bootstrap';
import { loadConfig } from '../config/load-config';
import { PlatformModule } from '../platform.module';
import { ServiceConfig } from '../config/service-config';
import { domainErrors } from '../problem/problem';
import { ApiPublic } from '../http/openapi';

class NameDto {
  @IsString()
  kk!: string;

  @IsString()
  ru!: string;
}

class CreateThingDto {
  @ValidateNested()
  @Type(() => NameDto)
  name!: NameDto;

  @IsInt()
  @Min(1)
  termDays!: number;
}

const thingError = domainErrors({
  THING_LOCKED: {
    status: 409,
    title: 'The thing is locked',
    localizedTitle: { kk: 'Нысан бұғатталған', ru: 'Объект заблокирован' },
  },
});

@Controller('things')
class ThingsController {
  @Post()
  create(@Body() body: CreateThingDto): CreateThingDto {
    return body;
  }

  @Get(':id')
  @ApiPublic()
  find(@Param('id', ParseIntPipe) id: number): { id: number } {
    if (id === 13) throw thingError('THING_LOCKED', 'Thing 13 is locked', { lockedBy: 'audit' });
    if (id === 500) throw new Error('boom: internal detail with IIN 850101300123');
    return { id };
  }
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

export function fixtureModule(config: ServiceConfig): DynamicModule {
  return {
    module: class FixtureAppModule {},
    imports: [PlatformModule.forRoot({ service: 'fixture', config }), ThingsModule],
  };
}

/** The fixture app, silent, built the way every service is; not yet initialised. */
export function createFixtureApp(options: Partial<ServiceAppOptions> = {}): Promise<NestFastifyApplication> {
  const config = loadConfig(ServiceConfig, { LOG_LEVEL: 'silent' });
  return createServiceApp({
    service: 'fixture',
    module: fixtureModule(config),
    config,
    openApi: { title: 'Fixture', description: 'test app' },
    ...options,
  });
}
