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
