export { canonicalJson, NotCanonicalizableError, type JsonValue } from './canonical-json';
export {
  SignatureVerifier,
  signedBytesOf,
  signerIdentifier,
  rejectionText,
  type AcceptedSignature,
  type RejectedSignature,
  type SignatureInput,
  type SignatureVerification,
  type SignerIdentity,
  type SigningCertificate,
} from './signature-verifier';
export {
  SignatureErrorCode,
  SIGNATURE_PROBLEMS,
  signatureError,
  type SignatureRejection,
} from './signature.errors';
export { PkijsSignatureVerifier } from './pkijs/pkijs-signature-verifier';
export { SignatureConfigurationError, type TrustConfiguration } from './pkijs/trust-store';
export { NcaNodeSignatureVerifier, type NcaNodeOptions } from './ncanode/ncanode-signature-verifier';
export {
  SignatureConfig,
  createSignatureVerifier,
  signatureSettingsFrom,
  type SignatureVerifierSettings,
} from './signature.config';
export { SignatureModule } from './signature.module';
// Test support: a CA of its own with NCA-shaped certificates, CRLs and CMS signatures (it trusts nothing).
export {
  TestPki,
  signDetached,
  type HolderOptions,
  type KeyHolder,
  type KeyUsageBit,
  type SignOptions,
  type StoredPki,
  type Validity,
} from './testing/test-pki';
// The embedded run's demo CA under its data directory (never production).
export { DemoCa } from './demo/demo-ca';
