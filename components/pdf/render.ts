import type { Template } from '@/lib/template/types';
import type { Agreement } from '@/lib/agreement/schema';
import { fingerprintVersion } from '@/lib/agreement/fingerprint';
import { buildAgreementPdfModel, findVersion } from '@/lib/pdf/model';
import { finishPdf } from '@/lib/pdf/finish';
import { lastRecordedMoment } from '@/lib/pdf/export-job';
import { loadScriptFonts } from '@/lib/pdf/script-font-loading';
import { scriptsIn, stringsIn } from '@/lib/pdf/scripts';
import { DEFAULT_FONT_BASE, PDF_FONT_FAMILY, preloadPdfFonts, registerPdfFonts } from './fonts';

export interface RenderAgreementPdfInput {
  readonly template: Template;
  readonly agreement: Agreement;
  /** Which signed version to render. */
  readonly versionNumber: number;
  /** Fingerprint of that version; computed when left out, and checked when given. */
  readonly fingerprint?: string;
  /** Browser: URL path of the fonts (default `/fonts`). Node: the public/fonts directory. */
  readonly fontBase?: string;
  /** The country chosen on this device: its help is printed after the help that works anywhere. */
  readonly country?: string;
}

let modules: ReturnType<typeof importPdfModules> | null = null;

async function importPdfModules() {
  const [renderer, { AgreementDocument }, { writePdf }] = await Promise.all([import('@react-pdf/renderer'), import('./agreement-document'), import('./write-pdf')]);
  return { renderer, AgreementDocument, writePdf };
}

/** The renderer and the document parts, loaded once (a failed load is tried again next time). */
function loadPdfModules(): ReturnType<typeof importPdfModules> {
  modules ??= importPdfModules().catch((error: unknown) => {
    modules = null;
    throw error;
  });
  return modules;
}

/**
 * Renders the agreement PDF: model (lib/pdf/model.ts) → one react-pdf layout
 * → footers and embedded data (lib/pdf/finish.ts). Loads the renderer on
 * demand, so import this module only from a click handler (docs/pdf.md).
 *
 * @example
 * const bytes = await renderAgreementPdf({ template, agreement, versionNumber: 1 });
 */
export async function renderAgreementPdf(input: RenderAgreementPdfInput): Promise<Uint8Array> {
  // The fingerprint (SHA-256, computed off the main thread) runs while the modules load.
  const version = findVersion(input.agreement, input.versionNumber);
  const [{ renderer, AgreementDocument, writePdf }, fingerprint] = await Promise.all([loadPdfModules(), fingerprintVersion(version)]);
  const fontBase = registerPdfFonts(renderer.Font, input.fontBase ?? DEFAULT_FONT_BASE);
  const fontsReady = preloadPdfFonts(renderer.Font);

  if (input.fingerprint !== undefined && input.fingerprint !== fingerprint) {
    throw new Error(`The fingerprint given for version ${input.versionNumber} does not match its content`);
  }
  // The embedded data stops at the rendered version, so the fingerprint on every page is the one its data proves.
  const agreement: Agreement = {
    ...input.agreement,
    versions: input.agreement.versions.filter((candidate) => candidate.version <= input.versionNumber),
  };
  const model = buildAgreementPdfModel({
    template: input.template,
    agreement,
    versionNumber: input.versionNumber,
    fingerprint,
    ...(input.country ? { country: input.country } : {}),
  });

  // Only the script fonts this document's text needs (none for Latin-only text).
  const [fontFamily] = await Promise.all([loadScriptFonts(renderer.Font, fontBase, PDF_FONT_FAMILY, scriptsIn(stringsIn(model))), fontsReady]);
  // Called as a function (it uses no hooks) so the root element is the <Document> itself.
  const footer = { versionNumber: model.versionNumber, shortFingerprint: model.shortFingerprint };
  return writePdf(renderer, AgreementDocument({ model, fontFamily }), (doc) => finishPdf(doc, { agreement, fingerprint, footer, now: lastRecordedMoment(agreement) }));
}
