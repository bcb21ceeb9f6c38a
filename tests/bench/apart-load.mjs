// The load generator for the scale rows of tests/bench/apart-bench.mjs, in its own process so that it never shares a
// CPU-bound event loop with the orchestrator: node tests/bench/apart-load.mjs <job.json>
//
// The job: { origins, mode: 'bare'|'poll'|'write', connections, duration, polled, writes }. With two
// origins, two autocannon runs go at once (half the connections each) and share one lease pool.
// Prints one JSON line: { rps (sum), p50 and p99 (the worse of the runs), statuses, errors }.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { pollRequests, writeRequests } from './apart-requests.mjs';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function requestsFor(mode) {
  if (mode === 'bare') return undefined;
  return mode === 'poll' ? pollRequests(job.polled) : writeRequests(job.writes);
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
