// The benchmark's paced load generator (wrk, which runs the unpaced ones, cannot pace), in its own process so
// that it shares no event loop with the system under test. argv[2]: JSON of { url, token, body, connections,
// seconds, rate } (rate: requests per second over all connections, a steady arrival rate).
// Prints one JSON line: the counts and the latency percentiles.
import autocannon from 'autocannon';

interface LoadOptions {
  url: string;
  token: string;
  body: string;
  connections: number;
  seconds: number;
  rate: number;
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    overallRate: options.rate,
    headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
    body: options.body,
  });
  process.stdout.write(
    `${JSON.stringify({
      ok: result['2xx'],
      non2xx: result.non2xx,
      errors: result.errors,
      p50: result.latency.p50,
      p99: result.latency.p99,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
