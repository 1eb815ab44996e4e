import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  Module,
  Param,
  Post,
  Query,
  Req,
  type DynamicModule,
} from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { IsString, MaxLength } from 'class-validator';
import {
  assertOrganization,
  AuthModule,
  CurrentIdentity,
  Public,
  Roles,
  type AuthOptions,
  type Identity,
} from '@kzps/auth';
import { createServiceApp, loadConfig, PlatformModule, ServiceConfig } from '@kzps/platform';
import { testServiceLog } from '@kzps/testing';

class NoteDto {
  @IsString()
  @MaxLength(100_000)
  text!: string;
}

export interface EchoedWrite {
  orgId: string;
  text: string;
  identity: Identity;
  requestId?: string;
  traceparent?: string;
}

/** The `x-forwarded-*` headers and the request id a service received from the gateway. */
export interface ForwardedHeaders {
  for?: string;
  proto?: string;
  host?: string;
  requestId?: string;
}

/** A small real service owning /api/v1/<name>: a public read, a slow read, and a guarded write. */
function fixtureModule(name: string, config: ServiceConfig, auth: AuthOptions): DynamicModule {
  @Controller(`api/v1/${name}`)
  class FixtureController {
    @Public()
    @Get('things')
    list(): { service: string; items: string[] } {
      return { service: name, items: ['a', 'b'] };
    }

    @Public()
    @Get('slow')
    async slow(@Query('ms') ms: string): Promise<{ waited: number }> {
      await new Promise((resolve) => setTimeout(resolve, Number(ms)));
      return { waited: Number(ms) };
    }

    /** An answer of about `kb` KiB (at most 1 MiB): above the gateway's buffered size it streams through. */
    @Public()
    @Get('large')
    large(@Query('kb') kb: string): { filler: string } {
      return { filler: 'к'.repeat(Math.min(Number(kb) || 1, 1024) * 512) };
    }

    /**
     * What the gateway told the service about the caller, and an answer the service marks cacheable itself
     * (the gateway's `no-store` is only its default).
     */
    @Public()
    @Get('forwarded')
    @Header('cache-control', 'public, max-age=60')
    forwarded(@Req() request: FastifyRequest): ForwardedHeaders {
      const header = (name: string): string | undefined => {
        const value = request.headers[name];
        return typeof value === 'string' ? value : undefined;
      };
      return {
        for: header('x-forwarded-for'),
        proto: header('x-forwarded-proto'),
        host: header('x-forwarded-host'),
        requestId: header('x-request-id'),
      };
    }

    /** Drops the connection without an answer, as a crashing service does. */
    @Public()
    @Get('broken')
    broken(@Req() request: FastifyRequest): void {
      request.raw.socket.destroy();
    }

    /**
     * Any `<id>/<action>` write, open at the service: stands for a callback the service authenticates itself
     * (the payment gateway's HMAC), so whether a token was needed is the gateway's decision alone.
     */
    @Public()
    @Post(':id/:action')
    callback(@Param('id') id: string, @Param('action') action: string): { id: string; action: string } {
      return { id, action };
    }

    @Roles('provider-officer')
    @Post('orgs/:orgId/notes')
    write(
      @Param('orgId') orgId: string,
      @Body() body: NoteDto,
      @CurrentIdentity() identity: Identity,
      @Headers('x-request-id') requestId?: string,
      @Headers('traceparent') traceparent?: string,
    ): EchoedWrite {
      assertOrganization(identity, orgId);
      return { orgId, text: body.text, identity, requestId, traceparent };
    }
  }

  /** Stands for the registry's CSV import: a file body under the gateway's UPLOAD_PATHS. */
  @Controller(`api/v1/${name}/imports`)
  class FixtureUploadController {
    @Roles('provider-officer')
    @Post()
    upload(@Body() body: string): { bytes: number; lines: number } {
      return { bytes: Buffer.byteLength(body), lines: body.split('\n').length };
    }
  }

  @Module({ controllers: [FixtureController, FixtureUploadController] })
  class FixtureFeatureModule {}

  return {
    module: class FixtureServiceModule {},
    imports: [
      PlatformModule.forRoot({ service: `${name}-svc`, config }),
      AuthModule.forRoot(auth),
      FixtureFeatureModule,
    ],
  };
}

export interface RunningUpstream {
  name: string;
  port: number;
  url: string;
  stop(): Promise<void>;
  /** Starts it again on the same port (after stop). */
  restart(): Promise<void>;
}

async function listen(name: string, auth: AuthOptions, port: number): Promise<NestFastifyApplication> {
  const log = testServiceLog();
  const config = loadConfig(ServiceConfig, { LOG_LEVEL: log.level });
  const app = await createServiceApp({
    service: `${name}-svc`,
    module: fixtureModule(name, config, auth),
    config,
    openApi: { title: `${name} fixture`, description: 'test upstream' },
    logDestination: log.destination,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  await app.listen({ port, host: '127.0.0.1' });
  return app;
}

export async function startUpstream(name: string, auth: AuthOptions): Promise<RunningUpstream> {
  let app: NestFastifyApplication | undefined = await listen(name, auth, 0);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    name,
    port,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await app?.close();
      app = undefined;
    },
    restart: async () => {
      app = await listen(name, auth, port);
    },
  };
}
