// The load generator for tests/bench/apart-scale.mjs, in its own process so that it never shares a
// CPU-bound event loop with the orchestrator: node tests/bench/apart-load.mjs <job.json>
//
// The job: { origins, mode: 'bare'|'poll'|'write', connections, duration, polled, writes }. With two
// origins, two autocannon runs go at once (half the connections each) and share one lease pool.
// Prints one JSON line: { rps (sum), p50 and p99 (the worse of the runs), statuses, errors }.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

let next = 0;
function requestsFor(mode) {
  if (mode === 'bare') return undefined;
  if (mode === 'poll') {
    return [
      {
        setupRequest(request) {
          const agreement = job.polled[next++ % job.polled.length];
          return { ...request, method: 'GET', path: `/api/apart/${agreement.id}/status`, headers: { Authorization: `Bearer ${agreement.token}`, 'If-None-Match': agreement.etag } };
        },
      },
    ];
  }
  // Writes: each agreement leased to one request at a time (no two in flight share one, so no 409s);
  // a lease autocannon built but never sent is taken back after a few seconds.
  const agreements = job.writes;
  return [
    {
      setupRequest(request, context) {
        if (context.index !== undefined) agreements[context.index].leasedAt = 0;
        const now = Date.now();
        let index = agreements.findIndex((entry) => now - entry.leasedAt > 3000);
        if (index < 0) index = 0;
        context.index = index;
        const agreement = agreements[index];
        agreement.leasedAt = now;
        return {
          ...request,
          method: 'PUT',
          path: `/api/apart/${agreement.id}/answers`,
          headers: { Authorization: `Bearer ${agreement.token}`, 'If-Match': `"${agreement.rev}"`, 'Content-Type': 'application/json' },
          body: agreement.body,
        };
      },
      onResponse(status, body, context) {
        const agreement = agreements[context.index];
        const answer = JSON.parse(body || '{}');
        agreement.rev = status === 200 ? answer.rev : (answer.current?.rev ?? agreement.rev);
        agreement.leasedAt = 0;
      },
    },
  ];
}

const share = Math.max(1, Math.floor(job.connections / job.origins.length));
const results = await Promise.all(
  job.origins.map((origin) =>
    run({
      url: job.mode === 'bare' ? `${origin}/api/bench/constant` : origin,
      connections: share,
      duration: job.duration,
      pipelining: 1,
      requests: requestsFor(job.mode),
    }),
  ),
);
const statuses = {};
for (const result of results) for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = (statuses[code] ?? 0) + Number(count);
process.stdout.write(
  `${JSON.stringify({
    rps: results.reduce((sum, result) => sum + result.requests.average, 0),
    p50: Math.max(...results.map((result) => result.latency.p50)),
    p99: Math.max(...results.map((result) => result.latency.p99)),
    errors: results.reduce((sum, result) => sum + result.errors + result.timeouts, 0),
    statuses,
    // The writes' revisions, so the next round starts in step.
    writes: job.mode === 'write' ? job.writes.map(({ rev }) => rev) : undefined,
  })}\n`,
);
