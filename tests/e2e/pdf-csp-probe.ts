/**
 * A browser entry for headers.spec.ts: renders a real agreement PDF with the
 * app's own renderer, so the spec can run it under the production CSP and see
 * what the renderer needs (it needs 'wasm-unsafe-eval': yoga-layout is WebAssembly).
 * Bundled on the fly with esbuild; never part of the app.
 */
import { defaultTemplate } from '../../templates';
import { createDraft, versionFromDraft } from '../../lib/agreement/draft';
import { newId } from '../../lib/agreement/ids';
import type { Agreement } from '../../lib/agreement/schema';
import { renderAgreementPdf } from '../../components/pdf/render';

declare global {
  interface Window {
    __pdfProbe?: Promise<{ ok: true; bytes: number; header: string } | { ok: false; error: string }>;
  }
}

function signedAgreement(): Agreement {
  const template = defaultTemplate;
  const draft = createDraft(template);
  const answers: Record<string, string | true> = {};
  for (const section of template.sections) {
    for (const question of section.questions) answers[question.id] = question.kind === 'commitment' ? true : question.defaultOption;
  }
  const at = new Date().toISOString();
  const acks = template.acknowledgements.map((ack) => ack.id);
  const signed = {
    ...draft,
    stage: 'sign' as const,
    partners: { a: { name: '<img src=x onerror=alert(1)>' }, b: { name: 'José' } },
    apps: ['whatsapp' as const],
    answers: { a: answers, b: answers },
    acknowledgements: { a: acks, b: acks },
    signatures: { a: { name: '<img src=x onerror=alert(1)>', at }, b: { name: 'José', at } },
  };
  return { id: newId(), versions: [versionFromDraft(template, signed, 1, null)] };
}

window.__pdfProbe = renderAgreementPdf({ template: defaultTemplate, agreement: signedAgreement(), versionNumber: 1 }).then(
  (bytes) => ({ ok: true as const, bytes: bytes.length, header: String.fromCharCode(...bytes.slice(0, 5)) }),
  (error: unknown) => ({ ok: false as const, error: String(error) }),
);
