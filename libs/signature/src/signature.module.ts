import { Module, type DynamicModule } from '@nestjs/common';
import { createSignatureVerifier, type SignatureVerifierSettings } from './signature.config';
import { SignatureVerifier } from './signature-verifier';

/** Provides `SignatureVerifier` (the abstract class is the injection token) built from the settings. */
@Module({})
export class SignatureModule {
  static forRoot(settings: SignatureVerifierSettings): DynamicModule {
    return {
      module: SignatureModule,
      providers: [{ provide: SignatureVerifier, useFactory: () => createSignatureVerifier(settings) }],
      exports: [SignatureVerifier],
    };
  }
}
