import type { Template } from '@/lib/template/types';
import type { Agreement } from '@/lib/agreement/schema';
import { fingerprintVersion } from '@/lib/agreement/fingerprint';
import { attachAgreementData } from '@/lib/agreement/pdf-data';
import { buildAgreementPdfModel, findVersion, type PdfChanges, type PdfResourceGroup } from './document-data';
import { DEFAULT_FONT_BASE, preloadPdfFonts, registerPdfFonts } from './fonts';

export interface RenderAgreementPdfInput {
  readonly template: Template;
  readonly agreement: Agreement;
  /** Which signed version to render. */
  readonly versionNumber: number;
  /** Fingerprint of that version; computed when left out, and checked when given. */
  readonly fingerprint?: string;
  /** From version 2 on: lines describing what changed (from the revisions logic). */
  readonly changes?: PdfChanges;
  /** Help resources, grouped; the template's own list when left out. */
  readonly resources?: readonly PdfResourceGroup[];
  /** Browser: URL path of the fonts (default `/fonts`). Node: the public/fonts directory. */
  readonly fontBase?: string;
  /** IANA time zone for dates and times; the device's zone when left out. */
  readonly timeZone?: string;
}

/**
 * Renders the agreement PDF and embeds its machine-readable data.
 *
 * Loads @react-pdf/renderer and the document parts on demand, so neither ever
 * lands in a page's first-load bundle: import this module from a click handler.
 *
 * The embedded data holds the agreement's history up to the rendered version,
 * so the fingerprint printed on every page is the one its data proves.
 *
 * @example
 * const bytes = await renderAgreementPdf({ template, agreement, versionNumber: 1 });
 */
export async function renderAgreementPdf(input: RenderAgreementPdfInput): Promise<Uint8Array> {
  // pdf-lib is needed last (to attach the data); start loading it alongside the renderer.
  const [renderer, { AgreementDocument }] = await Promise.all([
    import('@react-pdf/renderer'),
    import('./agreement-document'),
    import('pdf-lib'),
  ]);
  registerPdfFonts(renderer.Font, input.fontBase ?? DEFAULT_FONT_BASE);
  const fontsReady = preloadPdfFonts(renderer.Font);

  const version = findVersion(input.agreement, input.versionNumber);
  const fingerprint = await fingerprintVersion(version);
  if (input.fingerprint !== undefined && input.fingerprint !== fingerprint) {
    throw new Error(`The fingerprint given for version ${input.versionNumber} does not match its content`);
  }
  const agreement: Agreement = {
    ...input.agreement,
    versions: input.agreement.versions.filter((candidate) => candidate.version <= input.versionNumber),
  };
  const model = buildAgreementPdfModel({
    template: input.template,
    agreement,
    versionNumber: input.versionNumber,
    fingerprint,
    ...(input.changes ? { changes: input.changes } : {}),
    ...(input.resources ? { resources: input.resources } : {}),
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
  });

  await fontsReady;
  // Called as a function (it uses no hooks) so the root element is the <Document> itself.
  const blob = await renderer.pdf(AgreementDocument({ model })).toBlob();
  const rendered = new Uint8Array(await blob.arrayBuffer());
  return attachAgreementData(rendered, agreement, fingerprint);
}
