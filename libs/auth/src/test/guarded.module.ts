import { Body, Controller, Get, Module, Param, Post, type DynamicModule } from '@nestjs/common';
import { IsString } from 'class-validator';
import { PlatformModule, ServiceConfig } from '@kzps/platform';
import type { AuthOptions } from '../auth-options';
import { AuthModule } from '../auth.module';
import { CurrentIdentity, OptionalIdentity, Public, Roles } from '../auth.decorators';
import { assertOrganization } from '../authorization';
import type { Identity } from '../identity';

class NoteDto {
  @IsString()
  text!: string;
}

@Controller('orgs')
class GuardedController {
  @Public()
  @Get()
  list(@OptionalIdentity() identity: Identity | undefined): { signedIn: boolean } {
    return { signedIn: identity !== undefined };
  }

  @Get('me')
  me(@CurrentIdentity() identity: Identity): Identity {
    return identity;
  }

  @Roles('provider-officer', 'owner-officer')
  @Post(':orgId/notes')
  addNote(
    @Param('orgId') orgId: string,
    @Body() body: NoteDto,
    @CurrentIdentity() identity: Identity,
  ): { orgId: string; text: string; by: string } {
    assertOrganization(identity, orgId);
    return { orgId, text: body.text, by: identity.subject };
  }
}

@Module({ controllers: [GuardedController] })
class GuardedFeatureModule {}

export function guardedModule(config: ServiceConfig, auth: AuthOptions): DynamicModule {
  return {
    module: class GuardedAppModule {},
    imports: [
      PlatformModule.forRoot({ service: 'guarded', config }),
      AuthModule.forRoot(auth),
      GuardedFeatureModule,
    ],
  };
}
