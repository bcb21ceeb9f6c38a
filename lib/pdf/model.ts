import { APP_LABELS, type AppId, type ResourceGroup, type Template } from '../template/types';
import type { Agreement, AgreementVersion, PartnerKey } from '../agreement/schema';
import { renderSections, type RenderedClause } from '../agreement/clauses';
import { shortFingerprint } from '../agreement/fingerprint';
import { nextReviewDate, type CalendarDate } from '../agreement/review';
import { describeChange, diffVersions } from '../agreement/diff';
import { findVersion as findVersionOrNone, signaturesOn } from '../agreement/versions';
import { pdfKeywords } from './attachment';
import { pdfText } from './printable';

/**
 * Turns a template and one signed version into exactly what the PDF shows:
 * rendered clauses, formatted dates and names. Pure (no React, no clock), so
 * two devices given the same data and time zone build the same model; the
 * React parts receive only this model (no schemas, no raw answers).
 */

export interface PdfChanges {
  readonly fromVersion: number;
  readonly lines: readonly string[];
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
  readonly resources: readonly ResourceGroup[];
  readonly acknowledgements: readonly PdfAcknowledgement[];
  readonly signatures: readonly PdfSignature[];
}

export const PDF_TITLE = 'Our agreement';

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
  /** Fingerprint of that version (async to compute, so computed before). */
  readonly fingerprint: string;
  /** IANA zone for dates and times; the device's own zone when left out. */
  readonly timeZone?: string;
}

/** The version to print; throws when there is none (a caller's mistake, not bad data). */
export function findVersion(agreement: Agreement, versionNumber: number): AgreementVersion {
  const version = findVersionOrNone(agreement, versionNumber);
  if (!version) throw new Error(`This agreement has no version ${versionNumber}`);
  return version;
}

/** "Changes since version N" for a version with a parent: one plain line per difference. Undefined for a first version. */
export function changesForVersion(template: Template, agreement: Agreement, versionNumber: number): PdfChanges | undefined {
  const version = findVersion(agreement, versionNumber);
  const parent = version.parent === null ? undefined : findVersionOrNone(agreement, version.parent);
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
  const reviewId = template.review.questionId;
  const hasReview = version.terms.some((term) => term.questionId === reviewId);
  const review = hasReview ? formatCalendarDate(nextReviewDate(template.review, version)) : null;

  const summary: PdfSummaryRow[] = template.summary.flatMap((row) => {
    const lines = row.questionIds.flatMap((id) => {
      const clause = clauseById.get(id);
      return clause ? [clause.text] : [];
    });
    if (row.questionIds.includes(reviewId) && review) lines.push(`Next review: ${review}.`);
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

  const changes = changesForVersion(template, agreement, versionNumber);
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
    ...(changes && changes.lines.length > 0 ? { changes } : {}),
    sections,
    custom: version.custom.map((term) => ({ text: pdfText(term.text), author: names[term.author] })),
    settings: settingsChecklists(sections, version.apps),
    checklists,
    resources: template.resourceGroups,
    acknowledgements,
    signatures,
  };
}
