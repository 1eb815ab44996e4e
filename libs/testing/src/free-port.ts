import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** The lowest port handed out: above the registered services most machines run. */
const LOWEST_PORT = 20_000;

/** Ports this process has handed out already: two calls in a row never name the same port. */
const handedOut = new Set<number>();

/**
 * A TCP port that was free a moment ago on 127.0.0.1, chosen below the kernel's ephemeral range. A port the
 * kernel picks for `listen(0)` comes from that range, the range every outgoing connection takes its local
 * port from as well: between the pick and the server binding it, a database pool or a broker connection
 * opened meanwhile can take it, and the server then fails with EADDRINUSE for as long as that connection
 * lives. Below the range only a server can take it.
 */
export async function freePort(): Promise<number> {
  const highest = ephemeralRangeStart() - 1;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const port = LOWEST_PORT + Math.floor(Math.random() * (highest - LOWEST_PORT + 1));
    if (handedOut.has(port) || !(await canListen(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`no free port between ${LOWEST_PORT} and ${highest} in 200 tries`);
}

/** Linux says where its ephemeral range starts; elsewhere the IANA range's start (49152) is safe enough. */
function ephemeralRangeStart(): number {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/);
    const start = Number(low);
    if (Number.isInteger(start) && start > LOWEST_PORT + 1_000) return start;
  } catch {
    // not Linux
  }
  return 49_152;
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
