import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DomainError } from '@kzps/platform';
import { canonicalJson, type JsonValue } from '../canonical-json';
import { SignatureErrorCode } from '../signature.errors';
import type { SignatureVerification } from '../signature-verifier';
import { NcaNodeSignatureVerifier } from './ncanode-signature-verifier';

/**
 * Contract test on recorded answers of NCANode's `POST /cms/verify` (its OpenAPI: `valid`, `signers[]`
 * with `certificates[]`; newer versions add the AdES `status` / `subIndication`), served over HTTP by a
 * local server.
 */
interface RecordedAnswer {
  httpStatus: number;
  body: unknown;
}

function recorded(name: string): RecordedAnswer {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8')) as RecordedAnswer;
}

const SIGNED_AT = new Date('2026-06-01T05:00:00Z');
const REQUEST = { serviceCode: '00501001', channel: 'portal', recipient: { iin: '500101100106' } };
const CMS = 'MIAGCSqGSIb3DQEHAqCAMIACAQExDjAMBggqgw4DCgEDAwUAMAsGCSqGSIb3DQEHAQ==';

interface VerificationService {
  url: string;
  /** The JSON bodies the adapter posted, in order. */
  received: unknown[];
  close(): Promise<void>;
}

async function serve(handle: (response: ServerResponse) => void): Promise<VerificationService> {
  const received: unknown[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method,
        path: request.url,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
      });
      handle(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/ncanode`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answering(answer: RecordedAnswer): (response: ServerResponse) => void {
  return (response) => {
    response.writeHead(answer.httpStatus, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer.body));
  };
}

interface Call {
  content?: JsonValue;
  at?: Date;
  timeoutMs?: number;
}

/** Verifies REQUEST (or `call.content`) against a local service that answers as recorded. */
async function verifyAgainst(
  answer: RecordedAnswer | ((response: ServerResponse) => void),
  call: Call = {},
): Promise<{ result: SignatureVerification; received: unknown[] }> {
  const service = await serve(typeof answer === 'function' ? answer : answering(answer));
  try {
    const verifier = new NcaNodeSignatureVerifier({ url: service.url, timeoutMs: call.timeoutMs ?? 5_000 });
    const result = await verifier.verify({
      signedContent: call.content ?? REQUEST,
      signatureCms: CMS,
      at: call.at ?? SIGNED_AT,
    });
    return { result, received: service.received };
  } finally {
    await service.close();
  }
}

function reasonOf(result: SignatureVerification): string {
  return result.valid ? 'accepted' : result.reason;
}

async function reasonFor(name: string): Promise<string> {
  return reasonOf((await verifyAgainst(recorded(name))).result);
}

describe('NcaNodeSignatureVerifier (GOST signatures checked by the national verification service)', () => {
  it('posts the signature and the canonical request, base64, to /cms/verify with an OCSP check', async () => {
    const { received } = await verifyAgainst(recorded('individual-valid'));

    expect(received).toEqual([
      {
        method: 'POST',
        path: '/ncanode/cms/verify',
        body: {
          cms: CMS,
          data: Buffer.from(canonicalJson(REQUEST), 'utf8').toString('base64'),
          revocationCheck: ['OCSP'],
        },
      },
    ]);
  });

  it("accepts a valid individual's signature and names the IIN from the certificate", async () => {
    const { result } = await verifyAgainst(recorded('individual-valid'));

    expect(result).toEqual({
      valid: true,
      signer: { kind: 'individual', iin: '500101100106' },
      certificate: {
        serialNumber: '60ba4568ae98fa522a13fa711c6cb60c69bee2c4',
        subjectCommonName: 'ТЕСТОВ ТЕСТ',
        issuerCommonName: 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) 2022',
        notBefore: new Date('2025-09-01T04:00:00Z'),
        notAfter: new Date('2026-09-01T04:00:00Z'),
      },
    });
  });

  it("accepts a legal entity's signature and names its BIN and the employee's IIN", async () => {
    const { result } = await verifyAgainst(recorded('legal-entity-valid'));

    expect(result.valid && result.signer).toEqual({
      kind: 'legal_entity',
      bin: '971240001315',
      iin: '520229200804',
    });
  });

  it.each([
    ['revoked', SignatureErrorCode.CertificateRevoked],
    ['expired', SignatureErrorCode.CertificateExpired],
    ['untrusted', SignatureErrorCode.CertificateUntrusted],
    ['signature-invalid', SignatureErrorCode.Invalid],
    ['authentication-key', SignatureErrorCode.CertificateKeyUsage],
    ['digest-mismatch', SignatureErrorCode.ContentMismatch],
    ['malformed-cms', SignatureErrorCode.Invalid],
  ])('maps the recorded "%s" answer to %s', async (name, reason) => {
    expect(await reasonFor(name)).toBe(reason);
  });

  it("judges validity at the signing time it is given, not the service's", async () => {
    const { result } = await verifyAgainst(recorded('individual-valid'), {
      at: new Date('2026-09-02T00:00:00Z'),
    });

    expect(reasonOf(result)).toBe(SignatureErrorCode.CertificateExpired);
  });

  it('refuses a certificate whose IIN fails its check digit', async () => {
    const answer = recorded('individual-valid');
    const body = JSON.parse(
      JSON.stringify(answer.body).replace('"500101100106"', '"500101100107"'),
    ) as unknown;

    const { result } = await verifyAgainst({ httpStatus: 200, body });

    expect(reasonOf(result)).toBe(SignatureErrorCode.SignerIdentityMissing);
  });

  it('refuses a request that has no canonical form without asking the service', async () => {
    const { result, received } = await verifyAgainst(recorded('individual-valid'), {
      content: { ...REQUEST, channel: 'portal \udc00' },
    });

    expect(reasonOf(result)).toBe(SignatureErrorCode.ContentMismatch);
    expect(received).toEqual([]);
  });

  describe('when the service gives no verdict, it is unavailable, not the signature bad', () => {
    async function failureOf(verify: () => Promise<unknown>): Promise<unknown> {
      return verify().then(
        () => 'answered',
        (error: unknown) => (error instanceof DomainError ? error.code : error),
      );
    }

    it('on a server error', async () => {
      await expect(failureOf(() => verifyAgainst(recorded('server-error')))).resolves.toBe(
        SignatureErrorCode.VerifierUnavailable,
      );
    });

    it('on an answer that is not a verification', async () => {
      await expect(
        failureOf(() => verifyAgainst({ httpStatus: 200, body: { status: 200, message: 'OK' } })),
      ).resolves.toBe(SignatureErrorCode.VerifierUnavailable);
    });

    it('on no answer within the timeout', async () => {
      const silent = (): void => undefined;

      await expect(failureOf(() => verifyAgainst(silent, { timeoutMs: 200 }))).resolves.toBe(
        SignatureErrorCode.VerifierUnavailable,
      );
    });

    it('on a refused connection', async () => {
      const closed = await serve(() => undefined);
      await closed.close();
      const verifier = new NcaNodeSignatureVerifier({ url: closed.url, timeoutMs: 5_000 });

      await expect(
        failureOf(() => verifier.verify({ signedContent: REQUEST, signatureCms: CMS, at: SIGNED_AT })),
      ).resolves.toBe(SignatureErrorCode.VerifierUnavailable);
    });
  });
});
