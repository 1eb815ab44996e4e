import { readFileSync } from 'node:fs';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Min, ValidateIf } from 'class-validator';
import { NcaNodeSignatureVerifier, type NcaNodeOptions } from './ncanode/ncanode-signature-verifier';
import { PkijsSignatureVerifier } from './pkijs/pkijs-signature-verifier';
import { SignatureConfigurationError, type TrustConfiguration } from './pkijs/trust-store';
import type { SignatureVerifier } from './signature-verifier';

/**
 * The environment variables of signature verification, read with `loadConfig(SignatureConfig)` at start
 * beside the service's own config. The defaults give the embedded run an in-process verifier that trusts
 * no authority until trust anchors are configured.
 */
export class SignatureConfig {
  /** `in-process`: pkijs (RSA, ECDSA); `ncanode`: the national verification service (GOST). */
  @IsIn(['in-process', 'ncanode'])
  SIGNATURE_VERIFIER: 'in-process' | 'ncanode' = 'in-process';

  /** PEM file of the root certificates a signature must chain to (in-process). */
  @IsOptional()
  @IsString()
  SIGNATURE_TRUST_ANCHORS_FILE?: string;

  /** PEM file of issuing CA certificates, for signatures that do not carry them (in-process). */
  @IsOptional()
  @IsString()
  SIGNATURE_INTERMEDIATES_FILE?: string;

  /** Comma-separated CRL files, DER or PEM, each signed by a configured CA (in-process). */
  @IsOptional()
  @IsString()
  SIGNATURE_CRL_FILES?: string;

  /** Base URL of the NCANode-style verification service; required when SIGNATURE_VERIFIER=ncanode. */
  @ValidateIf((config: SignatureConfig) => config.SIGNATURE_VERIFIER === 'ncanode')
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  SIGNATURE_VERIFIER_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGNATURE_VERIFIER_TIMEOUT_MS = 5_000;
}

/** Which verifier to build, with everything it needs already read. */
export type SignatureVerifierSettings =
  { kind: 'in-process'; trust: TrustConfiguration } | { kind: 'ncanode'; ncanode: NcaNodeOptions };

function read(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new SignatureConfigurationError(`${what} ${path} cannot be read: ${String(error)}`);
  }
}

/** A CRL file as published (DER), or PEM text. */
function crlSource(bytes: Buffer): string | Uint8Array {
  const text = bytes.toString('latin1');
  return text.trimStart().startsWith('-----BEGIN') ? text : new Uint8Array(bytes);
}

/** The settings the config names, with the certificate and CRL files read (at start, once). */
export function signatureSettingsFrom(config: SignatureConfig): SignatureVerifierSettings {
  if (config.SIGNATURE_VERIFIER === 'ncanode') {
    return {
      kind: 'ncanode',
      ncanode: { url: config.SIGNATURE_VERIFIER_URL ?? '', timeoutMs: config.SIGNATURE_VERIFIER_TIMEOUT_MS },
    };
  }
  const pem = (path: string | undefined, what: string): string[] =>
    path === undefined ? [] : [read(path, what).toString('utf8')];
  return {
    kind: 'in-process',
    trust: {
      trustAnchors: pem(config.SIGNATURE_TRUST_ANCHORS_FILE, 'SIGNATURE_TRUST_ANCHORS_FILE'),
      intermediates: pem(config.SIGNATURE_INTERMEDIATES_FILE, 'SIGNATURE_INTERMEDIATES_FILE'),
      crls: (config.SIGNATURE_CRL_FILES ?? '')
        .split(',')
        .map((path) => path.trim())
        .filter((path) => path !== '')
        .map((path) => crlSource(read(path, 'SIGNATURE_CRL_FILES:'))),
    },
  };
}

export async function createSignatureVerifier(
  settings: SignatureVerifierSettings,
): Promise<SignatureVerifier> {
  switch (settings.kind) {
    case 'in-process':
      return PkijsSignatureVerifier.create(settings.trust);
    case 'ncanode':
      return new NcaNodeSignatureVerifier(settings.ncanode);
  }
}
