import { APP_LABELS, type AppId, type Resource, type Template } from '@/lib/template/types';
import type { Agreement, AgreementVersion, PartnerKey } from '@/lib/agreement/schema';
import { renderSections, type RenderedClause } from '@/lib/agreement/clauses';
import { shortFingerprint } from '@/lib/agreement/fingerprint';
import { pdfKeywords } from '@/lib/agreement/pdf-data';
import { nextReviewDate, REVIEW_QUESTION_ID, type CalendarDate } from '@/lib/agreement/review';
import { describeChange, diffVersions } from '@/lib/agreement/diff';
import { signaturesOn } from '@/lib/agreement/versions';
import { toPrintable } from '@/lib/agreement/printable';

/**
 * Turns a template and one signed version into exactly what the PDF shows:
 * rendered clauses, formatted dates and names. The React parts receive only
 * this model (no schemas, no raw answers), so the document stays data-driven
 * and every part is easy to read on its own.
 */

export interface PdfChanges {
  readonly fromVersion: number;
  readonly lines: readonly string[];
}

export interface PdfResourceGroup {
  readonly title: string;
  readonly resources: readonly Resource[];
}

export interface PdfSummaryRow {
  readonly label: string;
  readonly lines: readonly string[];
}

export interface PdfSection {
  readonly number: number;
  readonly id: string;
  readonly title: string;
  readonly notice?: string;
  readonly clauses: readonly RenderedClause[];
}

export interface PdfCustomTerm {
  readonly text: string;
  readonly author: string;
}

export interface PdfAppChecklist {
  readonly appLabel: string;
  readonly groups: readonly { readonly term: string; readonly steps: readonly string[]; readonly note?: string }[];
  /** Terms this app has no matching setting for (said honestly, not hidden). */
  readonly unavailable: readonly string[];
}

export interface PdfChecklist {
  readonly title: string;
  readonly items: readonly string[];
}

export interface PdfAcknowledgement {
  readonly text: string;
  readonly confirmedBy: string;
}

export interface PdfSignature {
  readonly name: string;
  readonly signedAt: string;
}

export interface AgreementPdfModel {
  /** Neutral: shown on the cover and in the PDF's metadata. */
  readonly title: string;
  readonly names: Readonly<Record<PartnerKey, string>>;
  readonly versionNumber: number;
  readonly fingerprint: string;
  readonly shortFingerprint: string;
  readonly signedOn: string;
  readonly createdAt: Date;
  readonly keywords: string;
  readonly apps: string;
  readonly summary: readonly PdfSummaryRow[];
  readonly changes?: PdfChanges;
  readonly sections: readonly PdfSection[];
  readonly custom: readonly PdfCustomTerm[];
  readonly settings: readonly PdfAppChecklist[];
  readonly checklists: readonly PdfChecklist[];
  readonly resources: readonly PdfResourceGroup[];
  readonly acknowledgements: readonly PdfAcknowledgement[];
  readonly signatures: readonly PdfSignature[];
}

export const PDF_TITLE = 'Our agreement';

/**
 * Key terms for the one-page summary, by question id. Ids a template does not
 * have are skipped, so a future template degrades to fewer rows, not an error.
 */
const SUMMARY_ROWS: readonly { readonly label: string; readonly questionIds: readonly string[] }[] = [
  { label: 'What we share', questionIds: ['contentKinds', 'identifyingDetails'] },
  { label: 'How we ask', questionIds: ['checkInStyle', 'askingFirst'] },
  { label: 'Where it may live', questionIds: ['intimateApp', 'savingMedia', 'chatBackups'] },
  { label: 'How long it stays', questionIds: ['disappearingMessages', 'keepInChat'] },
  { label: 'If we break up, or either of us asks', questionIds: ['deletionTrigger', 'whatGetsDeleted', 'deletionDeadline'] },
  { label: 'Looking at this again', questionIds: [REVIEW_QUESTION_ID] },
];


/** Characters the embedded font lacks, mapped to ones it has. */
const GLYPH_FALLBACKS: Readonly<Record<string, string>> = { '\u22EF': '\u2026', '\u2610': '' };

/**
 * Text as typed, composed (NFC: "e" + combining diaeresis becomes "ë", which
 * the font draws as one glyph), with the few characters the font lacks
 * swapped for look-alikes, and any other it cannot draw (a Chinese or Arabic
 * name, an emoji) shown as "?" rather than as wrong letters. Always plain
 * text: react-pdf never reads markup.
 */
export function pdfText(value: string): string {
  // toPrintable composes to NFC itself; neither swapped character changes under NFC.
  return toPrintable(value.replace(/[\u22EF\u2610]/g, (char) => GLYPH_FALLBACKS[char] ?? char));
}

function dateFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) });
}

function dateTimeFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
}

/** A calendar day ("YYYY-MM-DD") in words, the same day wherever the reader is. */
function formatCalendarDate(date: CalendarDate): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function settingsChecklists(sections: readonly PdfSection[], apps: readonly AppId[]): PdfAppChecklist[] {
  return apps.flatMap((app) => {
    const seen = new Set<string>();
    const groups: { term: string; steps: string[]; note?: string }[] = [];
    const unavailable: string[] = [];
    for (const section of sections) {
      for (const clause of section.clauses) {
        const line = clause.settings.find((setting) => setting.app === app);
        if (!line) continue;
        if (line.steps === null) {
          unavailable.push(clause.short);
          continue;
        }
        const steps = line.steps.filter((step) => !seen.has(step));
        steps.forEach((step) => seen.add(step));
        if (steps.length === 0) continue;
        groups.push({ term: clause.short, steps: steps.map(pdfText), ...(line.note ? { note: pdfText(line.note) } : {}) });
      }
    }
    if (groups.length === 0 && unavailable.length === 0) return [];
    return [{ appLabel: APP_LABELS[app], groups, unavailable }];
  });
}

function cleanClause(clause: RenderedClause): RenderedClause {
  return {
    ...clause,
    text: pdfText(clause.text),
    ...(clause.settledNote ? { settledNote: pdfText(clause.settledNote) } : {}),
  };
}

export interface AgreementPdfModelInput {
  readonly template: Template;
  readonly agreement: Agreement;
  readonly versionNumber: number;
  readonly fingerprint: string;
  readonly changes?: PdfChanges;
  readonly resources?: readonly PdfResourceGroup[];
  /** IANA zone for dates and times; the device's own zone when left out. */
  readonly timeZone?: string;
}

export function findVersion(agreement: Agreement, versionNumber: number): AgreementVersion {
  const version = agreement.versions.find((candidate) => candidate.version === versionNumber);
  if (!version) throw new Error(`This agreement has no version ${versionNumber}`);
  return version;
}

/**
 * "Changes since version N" for a version with a parent: one plain line per
 * difference (lib/agreement/diff.ts). Undefined for a first version.
 */
export function changesForVersion(template: Template, agreement: Agreement, versionNumber: number): PdfChanges | undefined {
  const version = findVersion(agreement, versionNumber);
  const parent = version.parent === null ? undefined : agreement.versions.find((candidate) => candidate.version === version.parent);
  if (!parent) return undefined;
  return { fromVersion: parent.version, lines: diffVersions(template, parent, version).map((change) => pdfText(describeChange(change))) };
}

export function buildAgreementPdfModel(input: AgreementPdfModelInput): AgreementPdfModel {
  const { template, agreement, versionNumber, fingerprint, timeZone } = input;
  const version = findVersion(agreement, versionNumber);
  if (version.templateId !== template.id || version.templateVersion !== template.version) {
    throw new Error(`Version ${versionNumber} was signed with template ${version.templateId} v${version.templateVersion}, not ${template.id} v${template.version}`);
  }
  const names = { a: pdfText(version.partners.a.name), b: pdfText(version.partners.b.name) };
  const rendered = renderSections(template, version);
  const sections: PdfSection[] = rendered.map((section, index) => {
    const notice = template.sections.find((candidate) => candidate.id === section.id)?.notice;
    return {
      number: index + 1,
      id: section.id,
      title: section.title,
      ...(notice ? { notice: pdfText(notice) } : {}),
      clauses: section.clauses.map(cleanClause),
    };
  });
  const clauseById = new Map(sections.flatMap((section) => section.clauses.map((clause) => [clause.questionId, clause] as const)));
  const dates = dateFormat(timeZone);
  const hasReview = version.terms.some((term) => term.questionId === REVIEW_QUESTION_ID);
  const review = hasReview ? formatCalendarDate(nextReviewDate(version)) : null;

  const summary: PdfSummaryRow[] = SUMMARY_ROWS.flatMap((row) => {
    const lines = row.questionIds.flatMap((id) => {
      const clause = clauseById.get(id);
      return clause ? [clause.text] : [];
    });
    if (row.questionIds.includes(REVIEW_QUESTION_ID) && review) lines.push(`Next review: ${review}.`);
    return lines.length > 0 ? [{ label: row.label, lines }] : [];
  });

  const checklists: PdfChecklist[] = template.sections.flatMap((section) =>
    section.checklist ? [{ title: `${section.title}: ${section.checklist.title.toLowerCase()}`, items: section.checklist.items.map(pdfText) }] : [],
  );

  const acknowledgements: PdfAcknowledgement[] = template.acknowledgements.flatMap((ack) => {
    const by = (['a', 'b'] as const).filter((partner) => version.acknowledgements[partner].includes(ack.id)).map((partner) => names[partner]);
    if (by.length === 0) return [];
    return [{ text: pdfText(ack.text), confirmedBy: by.length === 2 ? `Confirmed by ${by[0]} and ${by[1]}` : `Confirmed by ${by[0]}` }];
  });

  const times = dateTimeFormat(timeZone);
  // On a tightened version only the partner who tightened has signed (until the other signs it as seen).
  const signed = signaturesOn(version);
  const signatures: PdfSignature[] = (['a', 'b'] as const).map((partner) => {
    const entry = signed[partner];
    return entry.signed
      ? { name: pdfText(entry.signature.name), signedAt: `Signed ${times.format(new Date(entry.signature.at))}` }
      : { name: names[partner], signedAt: 'Has not signed this version yet' };
  });

  return {
    title: PDF_TITLE,
    names,
    versionNumber,
    fingerprint,
    shortFingerprint: shortFingerprint(fingerprint),
    signedOn: dates.format(new Date(version.createdAt)),
    createdAt: new Date(version.createdAt),
    keywords: pdfKeywords(versionNumber, fingerprint),
    apps: version.apps.map((app) => APP_LABELS[app]).join(', '),
    summary,
    ...(input.changes && input.changes.lines.length > 0 ? { changes: input.changes } : {}),
    sections,
    custom: version.custom.map((term) => ({ text: pdfText(term.text), author: names[term.author] })),
    settings: settingsChecklists(sections, version.apps),
    checklists,
    resources: input.resources ?? [{ title: 'Help and support', resources: template.resources }],
    acknowledgements,
    signatures,
  };
}
