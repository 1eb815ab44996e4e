import { Certificate, CertificateRevocationList } from 'pkijs';

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/** The DER of each PEM block of the given label in a text (a bundle may hold several). */
export function pemBlocks(text: string, label: string): Uint8Array[] {
  return [...text.matchAll(PEM_BLOCK)]
    .filter(([, found]) => found === label)
    .map(([, , body]) => new Uint8Array(Buffer.from((body ?? '').replace(/\s+/g, ''), 'base64')));
}

export function toPem(der: ArrayBuffer | Uint8Array, label: string): string {
  const lines = Buffer.from(der instanceof Uint8Array ? der : new Uint8Array(der))
    .toString('base64')
    .match(/.{1,64}/g);
  return `-----BEGIN ${label}-----\n${(lines ?? []).join('\n')}\n-----END ${label}-----\n`;
}

export function certificatesFromPem(text: string): Certificate[] {
  return pemBlocks(text, 'CERTIFICATE').map((der) => Certificate.fromBER(der));
}

/** A CRL as published: DER (what certification authorities serve) or PEM text. */
export function crlFrom(source: string | Uint8Array): CertificateRevocationList[] {
  if (typeof source === 'string') {
    return pemBlocks(source, 'X509 CRL').map((der) => CertificateRevocationList.fromBER(der));
  }
  return [CertificateRevocationList.fromBER(source)];
}

export function hexOf(bytes: ArrayBuffer | Uint8Array): string {
  return Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');
}

export function sameBytes(a: ArrayBuffer | Uint8Array, b: ArrayBuffer | Uint8Array): boolean {
  return Buffer.from(a instanceof Uint8Array ? a : new Uint8Array(a)).equals(
    Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)),
  );
}
