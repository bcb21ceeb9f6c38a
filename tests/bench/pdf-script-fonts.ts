/**
 * What script fonts cost, in Node (prints one JSON line):
 *
 *   node --import tsx tests/bench/pdf-script-fonts.ts cold latin|cjk|korean|hebrew
 *     a fresh process (wall time from the first import, and the process's CPU time): import, font loading and one render of an agreement whose
 *     first name is Latin (Zoë), Chinese (王芳), Korean (김지우) or Hebrew (נועה)
 *   node --import tsx tests/bench/pdf-script-fonts.ts warm
 *     medians of 10 alternating warm renders (wall and CPU time), Latin and Chinese; the first
 *     Chinese render after the Latin warm-up (parsing Noto Sans SC); and what
 *     finding the scripts costs a Latin-only agreement
 */
import { performance } from 'node:perf_hooks';
import { renderAgreementPdf } from '../../components/pdf/render';
import { buildAgreementPdfModel } from '../../lib/pdf/model';
import { fingerprintVersion } from '../../lib/agreement/fingerprint';
import { scriptsIn, stringsIn } from '../../lib/pdf/scripts';
import { buildAgreement, FONT_DIR } from '../integration/pdf-fixture';

const NAMES = { latin: 'Zoë', cjk: '王芳', korean: '김지우', hebrew: 'נועה' } as const;
type Kind = keyof typeof NAMES;

const median = (values: readonly number[]) => [...values].sort((first, second) => first - second)[Math.floor(values.length / 2)] as number;

/** Wall time, and CPU time (user + system: steadier than wall time when other work shares the cores). */
async function render(kind: Kind): Promise<{ ms: number; cpuMs: number; bytes: number }> {
  const { template, agreement } = buildAgreement({ names: { a: NAMES[kind], b: 'José' } });
  const start = performance.now();
  const cpu = process.cpuUsage();
  const pdf = await renderAgreementPdf({ template, agreement, versionNumber: 1, fontBase: FONT_DIR });
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, bytes: pdf.length };
}

async function main(): Promise<void> {
  const [mode, kind = 'latin'] = process.argv.slice(2);
  if (mode === 'cold') {
    const start = performance.now();
    const { bytes } = await render(kind as Kind);
    const used = process.cpuUsage();
    console.log(JSON.stringify({ kind, coldMs: Math.round(performance.now() - start), coldCpuMs: Math.round((used.user + used.system) / 1000), bytes }));
    return;
  }
  for (let index = 0; index < 3; index += 1) await render('latin');
  const firstCjk = await render('cjk');
  await render('cjk');
  const latin: number[] = [];
  const cjk: number[] = [];
  const latinCpu: number[] = [];
  const cjkCpu: number[] = [];
  for (let index = 0; index < 10; index += 1) {
    const one = await render('latin');
    const other = await render('cjk');
    latin.push(one.ms);
    latinCpu.push(one.cpuMs);
    cjk.push(other.ms);
    cjkCpu.push(other.cpuMs);
  }
  // What a Latin-only export now does extra: walk its model's text for scripts (finding none).
  const { template, agreement } = buildAgreement();
  const version = agreement.versions[0];
  if (!version) throw new Error('no version');
  const model = buildAgreementPdfModel({ template, agreement, versionNumber: 1, fingerprint: await fingerprintVersion(version) });
  const scans: number[] = [];
  for (let index = 0; index < 200; index += 1) {
    const start = performance.now();
    if (scriptsIn(stringsIn(model)).length !== 0) throw new Error('a Latin-only model needs no script font');
    scans.push(performance.now() - start);
  }
  const characters = [...stringsIn(model)].reduce((sum, text) => sum + text.length, 0);
  console.log(
    JSON.stringify({
      warmLatinMs: Math.round(median(latin)),
      warmCjkMs: Math.round(median(cjk)),
      warmLatinCpuMs: Math.round(median(latinCpu)),
      warmCjkCpuMs: Math.round(median(cjkCpu)),
      firstCjkAfterWarmLatinMs: Math.round(firstCjk.ms),
      firstCjkAfterWarmLatinCpuMs: Math.round(firstCjk.cpuMs),
      latinScriptScanMs: Number(median(scans).toFixed(3)),
      latinModelCharacters: characters,
    }),
  );
}

void main();
