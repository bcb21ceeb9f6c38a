// Apart mode's server under load, beside a bare route of the same app, in the same run.
//
//   node --import tsx tests/bench/apart-bench.mjs          print the rows (needs `npm run build` first)
//   import { apartBenchRows } from './apart-bench.mjs'     from tests/bench/run.mjs (also under tsx)
//
// Starts `next start` on 127.0.0.1 with its own throwaway SQLite file, then drives it with autocannon
// (bounded connections and time, loopback only, interleaved rounds): the bare constant route, the status poll (a 304 with
// If-None-Match, as a phone polling an unchanged agreement) and a sealed write (PUT of sealed answers
// with If-Match). Throughput and latency are reported as ratios to the bare route, so a busy machine
// moves all three together. Also: the bytes a full apart journey sends and receives.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { pollRequests, writeRequests } from './apart-requests.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const round = (value, digits = 2) => Number(Number(value).toFixed(digits));

/** The aims from the apart-mode issue: poll ≥ 0.8× the bare route's throughput with p99 ≤ 1.5× its p99; writes ≥ 0.5×. */
export const AIMS = { pollThroughput: 0.8, pollP99: 1.5, writeThroughput: 0.5 };

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function startServer(dataDir, extraEnv = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      APART_BENCH_ROUTES: '1',
      APART_SQLITE_FILE: path.join(dataDir, 'bench.sqlite'),
      // Limits stay on (every request still counts in the store) but high enough not to refuse the load.
      APART_RATE_PER_AGREEMENT: '1000000',
      APART_RATE_PER_ADDRESS: '1000000',
      APART_RATE_CREATE_PER_ADDRESS: '1000000',
      ...extraEnv,
    },
  });
  let tail = '';
  const keep = (chunk) => (tail = (tail + chunk).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      stop(child);
      throw new Error(`next start did not come up\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { origin, child };
}

function stop(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

function load(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track?.(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false, outputStream: { write() {} } });
  });
}

function summary(result) {
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]));
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, statuses };
}

/** A client whose fetch counts the bytes of every request and answer body, for the journey figures. */
function countingFetch(origin, counter) {
  return async (input, init) => {
    counter.requests += 1;
    counter.sent += init.body ? Buffer.byteLength(String(init.body)) : 0;
    const response = await fetch(new URL(input, origin), init);
    const body = await response.arrayBuffer();
    counter.received += body.byteLength;
    return new Response(response.status === 304 ? null : body, { status: response.status, headers: response.headers });
  };
}

/** An answer set of roughly the size a real one has (eleven sections of a few choices and a few lines of text). */
function answersFixture(name) {
  const answers = {};
  for (let section = 1; section <= 11; section += 1) {
    for (let question = 1; question <= 6; question += 1) answers[`section-${section}.question-${question}`] = 'the-most-protective-option';
  }
  return { name, answers, notes: 'A few lines of words a partner typed, about what matters to them here. '.repeat(4) };
}

async function journeyBytes(origin, createApartClient) {
  const pass = (value) => ({ ok: true, value });
  const validators = { answers: pass, progress: pass, record: pass };
  const counter = { requests: 0, sent: 0, received: 0 };
  const a = createApartClient({ validators, fetch: countingFetch(origin, counter) });
  const b = createApartClient({ validators, fetch: countingFetch(origin, counter) });
  const must = (result) => {
    if (!result.ok) throw new Error(`journey step failed: ${result.problem}`);
    return result.value;
  };
  const { session: sa, fragment } = must(await a.start());
  must(await b.inviteInfo(fragment));
  const { session: sb } = must(await b.join(fragment));
  let etagA = null;
  let etagB = null;
  const poll = async () => {
    const pa = must(await a.status(sa, etagA));
    if (pa.changed) etagA = pa.etag;
    const pb = must(await b.status(sb, etagB));
    if (pb.changed) etagB = pb.etag;
  };
  let ra = 0;
  let rb = 0;
  let pa = 0;
  let pb = 0;
  for (let section = 1; section <= 11; section += 1) {
    ra = must(await a.saveAnswers(sa, answersFixture('A'), ra)).rev;
    rb = must(await b.saveAnswers(sb, answersFixture('B'), rb)).rev;
    pa = must(await a.saveProgress(sa, { name: 'A', answered: section, total: 11 }, pa)).rev;
    pb = must(await b.saveProgress(sb, { name: 'B', answered: section, total: 11 }, pb)).rev;
    await poll();
  }
  must(await a.submitAnswers(sa, answersFixture('A'), ra));
  must(await b.submitAnswers(sb, answersFixture('B'), rb));
  must(await a.readAnswers(sa));
  must(await b.readAnswers(sb));
  const record = { versions: [{ n: 1, terms: answersFixture('both').answers, signedBy: ['a', 'b'] }] };
  const written = must(await a.updateRecord(sa, () => record, null));
  await poll();
  must(await b.readRecord(sb));
  must(await b.markSeen(sb, written.rev));
  await poll();
  return counter;
}

/**
 * Makes bench agreements on the server at `origin`, each with a partner token, its status ETag and one
 * sealed answer blob of a realistic size (the server cannot check the associated data, so one serves
 * every write).
 */
async function agreementMaker(origin) {
  const { createApartClient } = await import(pathToFileURL(path.join(ROOT, 'lib/apart/client.ts')).href);
  const { deriveAgreementKeys } = await import(pathToFileURL(path.join(ROOT, 'lib/crypto/keys.ts')).href);
  const { sealJson } = await import(pathToFileURL(path.join(ROOT, 'lib/crypto/envelope.ts')).href);
  const pass = (value) => ({ ok: true, value });
  const client = createApartClient({ validators: { answers: pass, progress: pass, record: pass }, baseUrl: origin });
  return async (count) => {
    const list = [];
    for (let i = 0; i < count; i += 1) {
      const started = await client.start();
      if (!started.ok) throw new Error(`could not create a bench agreement: ${started.problem}`);
      const { id, key } = await deriveAgreementKeys(started.value.session.secret);
      const token = started.value.session.partnerToken;
      const status = await fetch(`${origin}/api/apart/${id}/status`, { headers: { Authorization: `Bearer ${token}` } });
      const data = await sealJson(key, { id, role: 'a', kind: 'answers', rev: 1 }, answersFixture('A'));
      list.push({ id, token, etag: status.headers.get('etag'), rev: 0, leasedAt: 0, body: JSON.stringify({ data }) });
    }
    return list;
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function medianSummary(list) {
  const statuses = {};
  for (const entry of list) for (const [code, count] of Object.entries(entry.statuses)) statuses[code] = (statuses[code] ?? 0) + count;
  return {
    rps: median(list.map((entry) => entry.rps)),
    p50: median(list.map((entry) => entry.p50)),
    p99: median(list.map((entry) => entry.p99)),
    errors: list.reduce((sum, entry) => sum + entry.errors, 0),
    statuses,
  };
}

export async function apartBenchRows({ duration = 3, rounds = 3, connections = 10 } = {}) {
  const { createApartClient } = await import(pathToFileURL(path.join(ROOT, 'lib/apart/client.ts')).href);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'apart-bench-'));
  const { origin, child } = await startServer(dataDir);
  // Even if the generator throws from a callback and takes this process down, the server goes too.
  const stopOnExit = () => stop(child);
  process.once('exit', stopOnExit);
  try {
    // Polls go to agreements nobody writes (so they stay 304). Writes get three agreements per
    // connection, each leased to one request at a time (so no two in flight share one: no 409s);
    // a lease autocannon built but never sent is taken back after a few seconds.
    const makeAgreements = await agreementMaker(origin);
    const polled = await makeAgreements(connections);
    const agreements = await makeAgreements(connections * 3);
    const common = { connections, duration, pipelining: 1 };
    const warm = { ...common, duration: 1 };

    const bareOptions = { url: `${origin}/api/bench/constant` };
    const pollOptions = { url: origin, requests: pollRequests(polled) };
    const writeOptions = { url: origin, requests: writeRequests(agreements) };

    await load({ ...warm, ...bareOptions });
    await load({ ...warm, ...pollOptions });
    // Interleaved rounds, medians per scenario: on a shared machine the load of others drifts, and
    // this way it falls on all three alike.
    const runs = { bare: [], poll: [], write: [] };
    for (let round = 0; round < rounds; round += 1) {
      runs.bare.push(summary(await load({ ...common, ...bareOptions })));
      runs.poll.push(summary(await load({ ...common, ...pollOptions })));
      // A run ends with writes in flight whose answers autocannon drops: catch up on their revs first.
      for (const agreement of agreements) {
        const answers = await (await fetch(`${origin}/api/apart/${agreement.id}/answers`, { headers: { Authorization: `Bearer ${agreement.token}` } })).json();
        agreement.rev = answers.mine?.rev ?? 0;
        agreement.leasedAt = 0;
      }
      runs.write.push(summary(await load({ ...common, ...writeOptions })));
    }
    const [bare, poll, write] = [runs.bare, runs.poll, runs.write].map(medianSummary);
    const bytes = await journeyBytes(origin, createApartClient);

    const note = (s) => `p50 ${s.p50} ms, p99 ${s.p99} ms, statuses ${JSON.stringify(s.statuses)}${s.errors ? `, ${s.errors} errors` : ''}`;
    const base = `${connections} connections, median of ${rounds} interleaved rounds of ${duration} s, loopback`;
    return [
      { name: 'apart: bare constant route, requests/s', value: round(bare.rps, 0), unit: 'req/s', note: `${base}; ${note(bare)}` },
      { name: 'apart: status poll (304), requests/s', value: round(poll.rps, 0), unit: 'req/s', note: note(poll) },
      { name: 'apart: sealed write (PUT answers), requests/s', value: round(write.rps, 0), unit: 'req/s', note: note(write) },
      { name: 'apart: status poll throughput ÷ bare', value: round(poll.rps / bare.rps), unit: '×', budget: AIMS.pollThroughput, note: `aim ≥ ${AIMS.pollThroughput}` },
      { name: 'apart: status poll p99 ÷ bare p99', value: round(poll.p99 / Math.max(bare.p99, 1)), unit: '×', budget: AIMS.pollP99, note: `aim ≤ ${AIMS.pollP99}` },
      { name: 'apart: sealed write throughput ÷ bare', value: round(write.rps / bare.rps), unit: '×', budget: AIMS.writeThroughput, note: `aim ≥ ${AIMS.writeThroughput}` },
      { name: 'apart: full journey, bytes sent (request bodies)', value: bytes.sent, unit: 'B', note: `${bytes.requests} requests, both partners, 11 autosaves each` },
      { name: 'apart: full journey, bytes received (answer bodies)', value: bytes.received, unit: 'B', note: 'headers not counted' },
    ];
  } finally {
    process.off('exit', stopOnExit);
    stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// SQLite beside PostgreSQL, one instance beside two: the same three loads on each, each beside the
// bare route of the same run. PostgreSQL rows need TEST_DATABASE_URL (a server to make a fresh
// database on; `.ci/postgres` starts one). The generator runs in its own process (apart-load.mjs).

/** One load through the generator process; resolves to its summary. */
function generate(job, dir) {
  const file = path.join(dir, `job-${job.mode}.json`);
  writeFileSync(file, JSON.stringify(job));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(ROOT, 'tests/bench/apart-load.mjs'), file], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`load generator failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop()));
    });
  });
}

async function withDatabase(adminUrl, use) {
  const pg = (await import('pg')).default;
  const name = `apart_bench_${Date.now().toString(36)}`;
  const admin = async (statement) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await use(url.toString());
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
}

async function scaleCase({ instances, duration, connections, dataDir, databaseUrl }) {
  const env = databaseUrl ? { DATABASE_URL: databaseUrl } : {};
  // PostgreSQL instances start together (the migrator's advisory lock orders them); two processes
  // over one SQLite file start one after the other, so the first has migrated before the second opens it.
  const servers = [];
  if (databaseUrl) servers.push(...(await Promise.all(Array.from({ length: instances }, () => startServer(dataDir, env)))));
  else for (let i = 0; i < instances; i += 1) servers.push(await startServer(dataDir, env));
  const stopAll = () => servers.forEach(({ child }) => stop(child));
  process.once('exit', stopAll);
  try {
    const origins = servers.map(({ origin }) => origin);
    const make = await agreementMaker(origins[0]);
    const polled = await make(connections);
    const writes = await make(connections * 3);
    const job = { origins, connections, duration, polled, writes };
    await generate({ ...job, mode: 'bare', duration: 1 }, dataDir);
    await generate({ ...job, mode: 'poll', duration: 1 }, dataDir);
    const bare = await generate({ ...job, mode: 'bare' }, dataDir);
    const poll = await generate({ ...job, mode: 'poll' }, dataDir);
    const write = await generate({ ...job, mode: 'write' }, dataDir);
    return { bare, poll, write };
  } finally {
    process.off('exit', stopAll);
    stopAll();
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

export async function apartScaleRows({ duration = 2, connections = 10 } = {}) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const rows = [];
  for (const engine of ['sqlite', 'postgres']) {
    for (const instances of [1, 2]) {
      const label = `apart ${engine}, ${instances} instance${instances > 1 ? 's' : ''}`;
      if (engine === 'postgres' && !adminUrl) {
        rows.push({ name: `${label}: skipped`, value: NaN, unit: '', note: 'no TEST_DATABASE_URL (run under .ci/postgres)' });
        continue;
      }
      const dataDir = mkdtempSync(path.join(tmpdir(), 'apart-scale-'));
      try {
        const run = (databaseUrl) => scaleCase({ engine, instances, duration, connections, dataDir, databaseUrl });
        const { bare, poll, write } = engine === 'postgres' ? await withDatabase(adminUrl, run) : await run(undefined);
        const extra = (s) => `${s.errors ? `, ${s.errors} errors` : ''}${Object.keys(s.statuses).some((code) => !['200', '304'].includes(code)) ? `, statuses ${JSON.stringify(s.statuses)}` : ''}`;
        const vs = (s) => `p99 ${s.p99} ms (bare ${bare.p99} ms, ×${round(s.p99 / Math.max(bare.p99, 1))}); ${round(s.rps / bare.rps)}× bare throughput${extra(s)}`;
        rows.push(
          { name: `${label}: bare route, requests/s`, value: round(bare.rps, 0), unit: 'req/s', note: `p99 ${bare.p99} ms; ${connections} connections, ${duration} s, loopback${extra(bare)}` },
          { name: `${label}: status poll (304), requests/s`, value: round(poll.rps, 0), unit: 'req/s', note: vs(poll) },
          { name: `${label}: sealed write, requests/s`, value: round(write.rps, 0), unit: 'req/s', note: vs(write) },
        );
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const duration = Number(process.env.APART_BENCH_SECONDS ?? 3);
  const rows = process.argv.includes('--scale') ? await apartScaleRows({ duration: Math.min(duration, 3) }) : await apartBenchRows({ duration });
  for (const row of rows) console.log(`${row.name.padEnd(52)} ${String(row.value).padStart(9)} ${row.unit.padEnd(5)} ${row.note ?? ''}`);
}
