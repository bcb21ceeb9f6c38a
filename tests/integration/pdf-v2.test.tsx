import { describe, expect, it } from 'vitest';
import { extractText } from 'unpdf';
import { fingerprintVersion } from '@/lib/agreement/fingerprint';
import { buildAgreementPdfModel } from '@/lib/pdf/model';
import { renderAgreementPdf } from '@/components/pdf/render';
import { findTemplate } from '@/templates';
import { buildAgreement, FONT_DIR } from './pdf-fixture';

const v2 = findTemplate('intimate-messaging', 2)!;
const flat = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('a version-2 agreement PDF', () => {
  const { template, agreement } = buildAgreement({ template: v2, apps: ['whatsapp', 'signal'] });

  it('prints the section notes, the phone-wide settings and the help that works anywhere', async () => {
    const bytes = await renderAgreementPdf({ template, agreement, versionNumber: 1, fontBase: FONT_DIR });
    const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
    const all = flat(text);
    const note = v2.sections.flatMap((section) => section.notes ?? [])[0]!;
    expect(all).toContain(flat(note.text).slice(0, 60));
    expect(all).toMatch(/iPhone/);
    expect(all).toContain('Help wherever you are');
    for (const name of ['StopNCII.org', 'Take It Down', 'Call your local emergency number']) expect(all).toContain(name);
  }, 60_000);

  it('adds the chosen country’s help after what works anywhere, and nothing of other countries', async () => {
    const fingerprint = await fingerprintVersion(agreement.versions[0]!);
    const model = buildAgreementPdfModel({ template, agreement, versionNumber: 1, fingerprint, country: 'GB' });
    expect(model.settings.map((checklist) => checklist.appLabel)).toEqual(expect.arrayContaining(['WhatsApp', 'Signal', 'iPhone']));
    const names = model.resources.flatMap((group) => group.resources.map((resource) => resource.name));
    expect(names).toContain('StopNCII.org');
    expect(names.some((name) => /Refuge|National Domestic Abuse Helpline/.test(name))).toBe(true);
    expect(names).not.toContain('National Domestic Violence Hotline');
    const none = buildAgreementPdfModel({ template, agreement, versionNumber: 1, fingerprint });
    expect(none.resources.flatMap((group) => group.resources.map((resource) => resource.name))).not.toContain('National Domestic Violence Hotline');
  });
});
