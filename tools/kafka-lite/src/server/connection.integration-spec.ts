import * as net from 'node:net';
import type { RunningBroker } from '../broker';
import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { Reader } from '../protocol/reader';
import { kafkaClient, startTestBroker } from '../test/kafka-test-kit';

/** A request frame with a v1 header; `body` is sent as is. */
function frame(
  apiKey: number,
  apiVersion: number,
  correlationId: number,
  body: Buffer = Buffer.alloc(0),
): Buffer {
  const clientId = Buffer.from('raw-test');
  const header = Buffer.alloc(10);
  header.writeInt16BE(apiKey, 0);
  header.writeInt16BE(apiVersion, 2);
  header.writeInt32BE(correlationId, 4);
  header.writeInt16BE(clientId.length, 8);
  const size = Buffer.alloc(4);
  size.writeInt32BE(header.length + clientId.length + body.length);
  return Buffer.concat([size, header, clientId, body]);
}

function connect(broker: RunningBroker): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: broker.host, port: broker.port }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Sends one frame and reads one size-prefixed response. */
function exchange(socket: net.Socket, request: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4 && received.length >= 4 + received.readInt32BE(0)) {
        socket.off('data', onData);
        resolve(received.subarray(4, 4 + received.readInt32BE(0)));
      }
    };
    socket.on('data', onData);
    socket.once('close', () => reject(new Error('closed before a response')));
    socket.write(request);
  });
}

function closed(socket: net.Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) resolve();
    else socket.once('close', () => resolve());
  });
}

describe('kafka-lite connection handling', () => {
  let broker: RunningBroker;
  const sockets: net.Socket[] = [];

  beforeAll(async () => {
    broker = await startTestBroker();
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.destroy();
  });

  afterAll(async () => {
    await broker.stop();
  });

  async function open(): Promise<net.Socket> {
    const socket = await connect(broker);
    sockets.push(socket);
    return socket;
  }

  it('answers an unsupported Metadata version with UNSUPPORTED_VERSION and keeps the connection', async () => {
    const socket = await open();
    const response = new Reader(await exchange(socket, frame(ApiKey.Metadata, 99, 4242)));
    expect(response.int32()).toBe(4242);
    expect(response.int16()).toBe(ErrorCode.UnsupportedVersion);

    const next = new Reader(await exchange(socket, frame(ApiKey.ApiVersions, 0, 4243)));
    expect(next.int32()).toBe(4243);
    expect(next.int16()).toBe(ErrorCode.None);
  });

  it('answers an unknown API key with UNSUPPORTED_VERSION', async () => {
    const socket = await open();
    const response = new Reader(await exchange(socket, frame(999, 0, 7)));
    expect(response.int32()).toBe(7);
    expect(response.int16()).toBe(ErrorCode.UnsupportedVersion);
  });

  it('answers a too-new ApiVersions in the v0 shape, listing the supported ranges', async () => {
    const socket = await open();
    const response = new Reader(await exchange(socket, frame(ApiKey.ApiVersions, 42, 9)));
    expect(response.int32()).toBe(9);
    expect(response.int16()).toBe(ErrorCode.UnsupportedVersion);
    const ranges = response.array((r) => ({
      apiKey: r.int16(),
      minVersion: r.int16(),
      maxVersion: r.int16(),
    }));
    expect(ranges).toContainEqual({ apiKey: ApiKey.Produce, minVersion: 3, maxVersion: 7 });
    expect(ranges).toContainEqual({ apiKey: ApiKey.ApiVersions, minVersion: 0, maxVersion: 2 });
    expect(response.remaining).toBe(0);
  });

  it('closes only the connection that sends garbage, and keeps serving the others', async () => {
    const bystander = await open();
    const http = await open();
    http.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await closed(http);

    // A plausible size but a body that lies about its array length.
    const liar = await open();
    const lyingBody = Buffer.alloc(4);
    lyingBody.writeInt32BE(1_000_000);
    liar.write(frame(ApiKey.Metadata, 1, 1, lyingBody));
    await closed(liar);

    const response = new Reader(await exchange(bystander, frame(ApiKey.ApiVersions, 1, 11)));
    expect(response.int32()).toBe(11);
    const admin = kafkaClient(broker).admin();
    await admin.connect();
    await expect(admin.listTopics()).resolves.toEqual(expect.any(Array));
    await admin.disconnect();
  });
});
