/**
 * Warm PDF renders in one process (spawned by pdf-bench.ts): after warm-up,
 * the median of 20 renders each of a typical agreement, a large one, and the
 * baseline (a bare react-pdf document with the same page count and font).
 * Typical and baseline renders alternate, so background load hits both alike.
 * Prints one JSON line.
 */
import { PDFDocument } from 'pdf-lib';
import { renderAgreementPdf, type RenderAgreementPdfInput } from '../../components/pdf/render';
import { PDF_FONT_FAMILY, registerPdfFonts } from '../../components/pdf/fonts';
import { buildAgreement, buildLargeAgreement, FONT_DIR } from '../integration/pdf-fixture';
import { BaselineDocument } from './pdf-baseline';

const RUNS = 20;
const WARM_UP = 3;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((first, second) => first - second);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const renderer = await import('@react-pdf/renderer');
  registerPdfFonts(renderer.Font, FONT_DIR);
  const inputFor = ({ template, agreement }: ReturnType<typeof buildAgreement>): RenderAgreementPdfInput => ({
    template,
    agreement,
    versionNumber: 1,
    fontBase: FONT_DIR,
  });
  const typical = inputFor(buildAgreement());
  const large = inputFor(buildLargeAgreement());

  const typicalBytes = await renderAgreementPdf(typical);
  const largeBytes = await renderAgreementPdf(large);
  const typicalPages = (await PDFDocument.load(typicalBytes)).getPageCount();
  const largePages = (await PDFDocument.load(largeBytes)).getPageCount();
  const baseline = () => renderer.pdf(BaselineDocument({ pages: typicalPages, fontFamily: PDF_FONT_FAMILY })).toBlob();
  const baselineBlob = await baseline();
  const baselinePages = (await PDFDocument.load(new Uint8Array(await baselineBlob.arrayBuffer()))).getPageCount();

  for (let index = 0; index < WARM_UP; index += 1) {
    await renderAgreementPdf(typical);
    await baseline();
    await renderAgreementPdf(large);
  }
  const typicalMs: number[] = [];
  const baselineMs: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    typicalMs.push(await timed(() => renderAgreementPdf(typical)));
    baselineMs.push(await timed(baseline));
  }
  const largeMs: number[] = [];
  for (let index = 0; index < RUNS; index += 1) largeMs.push(await timed(() => renderAgreementPdf(large)));

  console.log(
    JSON.stringify({
      typicalMs: median(typicalMs),
      largeMs: median(largeMs),
      baselineMs: median(baselineMs),
      typicalBytes: typicalBytes.byteLength,
      largeBytes: largeBytes.byteLength,
      baselineBytes: baselineBlob.size,
      typicalPages,
      largePages,
      baselinePages,
    }),
  );
}

void main();
