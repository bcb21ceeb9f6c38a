/**
 * 10,000 hostile files against a real saved agreement (tests/unit/fixtures/hostile-files.ts),
 * as rows for tests/bench/run.mjs; `node --import tsx tests/bench/hostile-files.ts` prints them.
 * The unit test runs a few hundred of the same cases in `npm test`.
 */
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { hostileCaseWith, MAX_MAIN_THREAD_MS, MAX_READ_MS, newDevice, runCase, warmUp } from '../unit/fixtures/hostile-files';
import type { Row } from './pdf-bench';

const CASES = 10_000;
/** Huge PDFs stay huge but bounded here, so 10,000 cases finish in well under a minute; the unit test reaches 20,000 objects. */
const MAX_OBJECTS = 2_000;

const percentile = (sorted: readonly number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
const round = (value: number) => Number(value.toFixed(1));

export async function benchHostileFiles(): Promise<Row[]> {
  await warmUp();
  const device = await newDevice();
  const started = performance.now();
  const main: number[] = [];
  const read: number[] = [];
  const failures: string[] = [];
  for (const hostile of fc.sample(hostileCaseWith({ maxObjects: MAX_OBJECTS }), { numRuns: CASES, seed: Date.now() | 0 })) {
    try {
      const result = await runCase(hostile, device);
      main.push(result.mainMs);
      read.push(result.readMs);
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  const seconds = (performance.now() - started) / 1000;
  main.sort((a, b) => a - b);
  read.sort((a, b) => a - b);
  return [
    { name: `hostile files: cases that broke a rule (of ${CASES})`, value: failures.length, unit: 'cases', budget: 0, ...(failures[0] ? { note: failures[0].slice(0, 300) } : {}) },
    { name: 'hostile files: longest block of the page (import check and save)', value: round(main.at(-1) ?? Number.NaN), unit: 'ms', budget: MAX_MAIN_THREAD_MS },
    { name: 'hostile files: reading a file (in the worker), p99', value: round(percentile(read, 0.99)), unit: 'ms', budget: MAX_READ_MS, note: `max ${round(read.at(-1) ?? Number.NaN)} ms; the page stops the worker after 10 s` },
    { name: 'hostile files: whole run', value: round(seconds), unit: 's', note: `${CASES} cases, huge PDFs up to ${MAX_OBJECTS} objects` },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  void benchHostileFiles().then((rows) => console.table(rows));
}
