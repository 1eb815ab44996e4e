import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AUTH_OPTIONS, AuthGuard, TokenVerifier, type AuthOptions } from '@kzps/auth';

/**
 * The token verifier and the auth guard, applied per controller (`@UseGuards(AuthGuard)`) rather than as
 * the global guard `AuthModule.forRoot` installs: a global guard also closes the platform's `/health/*`
 * and `/metrics`, which probes and Prometheus call without a token. Switch back to `AuthModule.forRoot`
 * once those routes are public there.
 */
@Global()
@Module({})
export class StandardsAuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return {
      module: StandardsAuthModule,
      providers: [
        { provide: AUTH_OPTIONS, useValue: options },
        { provide: TokenVerifier, useFactory: () => new TokenVerifier(options) },
        AuthGuard,
      ],
      exports: [TokenVerifier, AUTH_OPTIONS, AuthGuard],
    };
  }
}
