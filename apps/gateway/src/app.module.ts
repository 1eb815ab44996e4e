import { Module, type DynamicModule } from '@nestjs/common';
import { createLocalJWKSet } from 'jose';
import { authOptionsFromConfig, TokenVerifier, type LocalSigner } from '@kzps/auth';
import { PlatformModule } from '@kzps/platform';
import { assertSafeForProduction, type GatewayConfig } from './config';
import { loadOrCreateSigningKey } from './embedded-auth/signing-key.store';
import { EMBEDDED_SIGNER, GatewayRoutes } from './gateway-routes';
import { GatewayMetrics } from './gateway.metrics';
import { OpenApiAggregator } from './openapi/openapi-aggregator.service';
import { UpstreamPool } from './proxy/upstream-pool';

@Module({})
export class AppModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    assertSafeForProduction(config);
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ service: 'gateway', config })],
      providers: [
        {
          provide: EMBEDDED_SIGNER,
          useFactory: (): Promise<LocalSigner> | null =>
            config.AUTH_EMBEDDED ? loadOrCreateSigningKey(config.AUTH_DATA_DIR) : null,
        },
        {
          provide: TokenVerifier,
          inject: [EMBEDDED_SIGNER],
          // The embedded issuer's tokens are checked with its own key in memory: no HTTP call to itself.
          useFactory: (signer: LocalSigner | null): TokenVerifier =>
            new TokenVerifier({
              ...authOptionsFromConfig(config),
              ...(signer ? { keySet: createLocalJWKSet({ keys: [signer.publicJwk] }) } : {}),
            }),
        },
        GatewayMetrics,
        UpstreamPool,
        OpenApiAggregator,
        GatewayRoutes,
      ],
    };
  }
}
