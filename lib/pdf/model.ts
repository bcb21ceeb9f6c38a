import { APP_LABELS, type AppId, type ResourceGroup, type Template } from '../template/types';
import type { Agreement, AgreementVersion, PartnerKey, SignedTerm } from '../agreement/schema';
import { deviceChecklists } from '../template/device';
import { printedHelp } from '../template/help';
import { renderSections, type RenderedClause } from '../agreement/clauses';
import { shortFingerprint } from '../agreement/fingerprint';
import { nextReviewAsOf } from '../agreement/review';
import { printsPrivateAnswers, withoutAnswers } from '../agreement/private-answers';
import { termsTightenedAlone, tightenedNote } from '../agreement/term-history';
import { setAsideFor, shownSections } from '../agreement/content';
import { describeChange, diffVersions } from '../agreement/diff';
import { findVersion as findVersionOrNone, lastSignedTogether, signaturesOn } from '../agreement/versions';
import { otherPartner } from '../agreement/schema';
import { pdfKeywords } from './attachment';
import { pdfText } from './printable';
import { printedCalendarDate, printedDate, printedDateTime } from './printed-dates';

/**
 * Turns a template and one signed version into exactly what the PDF shows:
 * rendered clauses, formatted dates and names. Pure (no React, no clock, no
 * time zone: dates print in UTC), so two devices given the same data build the same model; the
 * React parts receive only this model (no schemas, no raw answers).
 */

export interface PdfChanges {
  readonly fromVersion: number;
  /** Who made the change, alone or together. */
  readonly intro?: string;
  readonly lines: readonly string[];
}

/** A clause as printed: how differing answers were settled, and who last changed it if one partner did alone. */
export type PdfClause = RenderedClause & { readonly changedNote?: string };


export interface PdfSummaryRow {
  readonly label: string;
  readonly lines: readonly string[];
}

export interface PdfSection {
  readonly number: number;
  readonly id: string;
  readonly title: string;
  readonly notice?: string;
  /** Short notes on the section (a law, a region, a limit); only when the template has some. */
  readonly notes?: readonly string[];
  readonly clauses: readonly PdfClause[];
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
  /** What this signature means on this version: signed together, made stricter alone, seen, or not yet. */
  readonly label: string;
  readonly name: string;
  readonly signedAt: string;
}

/** Help under one heading; a line the help lists above already is named, not printed twice. */
export interface PdfResourceGroup extends ResourceGroup {
  readonly listedAbove: readonly string[];
}

export interface AgreementPdfModel {
  /** Neutral: shown on the cover and in the PDF's metadata. */
  readonly title: string;
  readonly names: Readonly<Record<PartnerKey, string>>;
  readonly versionNumber: number;
  readonly fingerprint: string;
  readonly shortFingerprint: string;
  /** "SIGNED" for a version both signed; "MADE STRICTER" for one partner's tightening. */
  readonly signedLabel: string;
  readonly signedOn: string;
  /** How this version came to be, in plain sentences: who changed what, alone or together, and who has only seen it. */
  readonly record: readonly string[];
  readonly createdAt: Date;
  readonly keywords: string;
  readonly apps: string;
  readonly summary: readonly PdfSummaryRow[];
  readonly changes?: PdfChanges;
  readonly sections: readonly PdfSection[];
  /** Why some parts are not printed (for example: nothing intimate is shared for now). */
  readonly setAside: readonly string[];
  readonly custom: readonly PdfCustomTerm[];
  readonly settings: readonly PdfAppChecklist[];
  readonly checklists: readonly PdfChecklist[];
  readonly resources: readonly PdfResourceGroup[];
  readonly acknowledgementsTitle: string;
  readonly acknowledgements: readonly PdfAcknowledgement[];
  readonly signatures: readonly PdfSignature[];
}

export const PDF_TITLE = 'Our agreement';

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

/** Phone- and computer-wide steps, after the apps' own; none for a template without them. */
function deviceSettingsChecklists(template: Template, terms: readonly SignedTerm[], sections: readonly PdfSection[]): PdfAppChecklist[] {
  return deviceChecklists(template, terms, new Set(sections.map((section) => section.id))).map((device) => ({
    appLabel: device.label,
    groups: device.groups.map((group) => ({ term: group.term, steps: group.steps.map(pdfText), ...(group.note ? { note: pdfText(group.note) } : {}) })),
    unavailable: [],
  }));
}

/** A term one partner changed alone says so, instead of how the couple first settled it. */
function cleanClause(clause: RenderedClause, changedNote: string | undefined): PdfClause {
  const { settledNote, ...rest } = clause;
  if (changedNote) return { ...rest, text: pdfText(clause.text), changedNote: pdfText(changedNote) };
  return { ...rest, text: pdfText(clause.text), ...(settledNote ? { settledNote: pdfText(settledNote) } : {}) };
}

/** Each help line once: under its first heading, and named (not repeated) under any later one. */
export function resourcesOnce(groups: readonly ResourceGroup[]): PdfResourceGroup[] {
  const seen = new Set<string>();
  return groups.map((group) => {
    const listedAbove = group.resources.filter((resource) => seen.has(resource.name)).map((resource) => resource.name);
    const resources = group.resources.filter((resource) => !seen.has(resource.name));
    resources.forEach((resource) => seen.add(resource.name));
    return { title: group.title, resources, listedAbove };
  });
}

export interface AgreementPdfModelInput {
  readonly template: Template;
  readonly agreement: Agreement;
  readonly versionNumber: number;
  /** Fingerprint of that version (async to compute, so computed before). */
  readonly fingerprint: string;
  /** The country chosen on this device for help lines; its help is printed after what works anywhere. */
  readonly country?: string;
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
  const names = { a: pdfText(version.partners.a.name), b: pdfText(version.partners.b.name) };
  const intro = version.change
    ? `Made stricter by ${names[version.change.by]} alone. Anything looser would have needed us both.`
    : `Signed by both of us.`;
  return { fromVersion: parent.version, intro, lines: diffVersions(template, parent, version).map((change) => pdfText(describeChange(change))) };
}

/** Who made this version and who has signed it, in plain sentences and signature blocks. */
function versionRecord(agreement: Agreement, version: AgreementVersion, names: Readonly<Record<PartnerKey, string>>) {
  const signed = signaturesOn(version);
  const change = version.change;
  if (!change) {
    const signatures: PdfSignature[] = (['a', 'b'] as const).map((partner) => {
      const entry = signed[partner];
      return entry.signed
        ? { label: 'Typed signature', name: pdfText(entry.signature.name), signedAt: `Signed ${printedDateTime(entry.signature.at)}` }
        : { label: 'Typed signature', name: names[partner], signedAt: 'Has not signed this version yet' };
    });
    return { signedLabel: 'SIGNED', record: [] as string[], acknowledgementsTitle: 'What we both confirm', signatures };
  }
  const by = change.by;
  const other = otherPartner(by);
  const together = lastSignedTogether({ versions: agreement.versions.filter((each) => each.version < version.version) });
  const seen = change.seenBy;
  const record = [
    `${names[by]} made this version stricter alone, on ${printedDate(change.signature.at)}. Making a term stricter needs only one of us.`,
    seen
      ? `${names[other]} has seen it, and signed to say so on ${printedDate(seen.at)}.`
      : `${names[other]} has not seen it yet. It is in force all the same, and ${names[other]} has not signed it.`,
    `We last signed together on version ${together.version}, on ${printedDate(together.createdAt)}: everything not changed since is as we both signed it then.`,
  ];
  const signatures: PdfSignature[] = [by, other].map((partner) => {
    const entry = signed[partner];
    if (partner === by && entry.signed) {
      return { label: 'Made it stricter, alone', name: pdfText(entry.signature.name), signedAt: `Signed ${printedDateTime(entry.signature.at)}` };
    }
    return entry.signed
      ? { label: 'Has seen it', name: pdfText(entry.signature.name), signedAt: `Signed as seen ${printedDateTime(entry.signature.at)}` }
      : { label: 'Has not seen it yet', name: names[partner], signedAt: 'Has not seen or signed this version' };
  });
  return {
    signedLabel: 'MADE STRICTER',
    record,
    acknowledgementsTitle: `What we both confirmed when we signed version ${together.version} together`,
    signatures,
  };
}

export function buildAgreementPdfModel(input: AgreementPdfModelInput): AgreementPdfModel {
  const { template, agreement, versionNumber, fingerprint } = input;
  const version = findVersion(agreement, versionNumber);
  if (version.templateId !== template.id || version.templateVersion !== template.version) {
    throw new Error(`Version ${versionNumber} was signed with template ${version.templateId} v${version.templateVersion}, not ${template.id} v${template.version}`);
  }
  const names = { a: pdfText(version.partners.a.name), b: pdfText(version.partners.b.name) };
  // The first private answers are printed only where the couple kept them (the version says).
  const rendered = renderSections(template, printsPrivateAnswers(version) ? version : { ...version, terms: withoutAnswers(version.terms) });
  const aloneTerms = termsTightenedAlone(agreement, versionNumber);
  const setAside = setAsideFor(template, version.terms);
  const shown = shownSections(rendered, setAside);
  const sections: PdfSection[] = shown.map((section, index) => {
    const { notice, notes } = template.sections.find((candidate) => candidate.id === section.id) ?? {};
    return {
      number: index + 1,
      id: section.id,
      title: section.title,
      ...(notice ? { notice: pdfText(notice) } : {}),
      ...(notes && notes.length > 0 ? { notes: notes.map((note) => pdfText(note.text)) } : {}),
      clauses: section.clauses.map((clause) => {
        const alone = aloneTerms.get(clause.questionId);
        return cleanClause(clause, alone ? tightenedNote(alone, names, printedDate) : undefined);
      }),
    };
  });
  const clauseById = new Map(sections.flatMap((section) => section.clauses.map((clause) => [clause.questionId, clause] as const)));
  const reviewDate = nextReviewAsOf(template.review, agreement, versionNumber);
  const hasReview = version.terms.some((term) => term.questionId === template.review.questionId);
  const review = hasReview && reviewDate ? printedCalendarDate(reviewDate) : null;

  const summary: PdfSummaryRow[] = template.summary.flatMap((row) => {
    const lines = row.questionIds.flatMap((id) => {
      const clause = clauseById.get(id);
      return clause ? [clause.text] : [];
    });
    if (row.questionIds.includes(template.review.questionId) && review) lines.push(`Next review: ${review}.`);
    return lines.length > 0 ? [{ label: row.label, lines }] : [];
  });

  const checklists: PdfChecklist[] = shown.flatMap((section) =>
    section.checklist ? [{ title: `${section.title}: ${section.checklist.title.toLowerCase()}`, items: section.checklist.items.map(pdfText) }] : [],
  );

  const acknowledgements: PdfAcknowledgement[] = template.acknowledgements.flatMap((ack) => {
    const by = (['a', 'b'] as const).filter((partner) => version.acknowledgements[partner].includes(ack.id)).map((partner) => names[partner]);
    if (by.length === 0) return [];
    return [{ text: pdfText(ack.text), confirmedBy: by.length === 2 ? `Confirmed by ${by[0]} and ${by[1]}` : `Confirmed by ${by[0]}` }];
  });

  const changes = changesForVersion(template, agreement, versionNumber);
  const made = versionRecord(agreement, version, names);

  return {
    title: PDF_TITLE,
    names,
    versionNumber,
    fingerprint,
    shortFingerprint: shortFingerprint(fingerprint),
    signedLabel: made.signedLabel,
    signedOn: printedDate(version.createdAt),
    record: made.record.map(pdfText),
    createdAt: new Date(version.createdAt),
    keywords: pdfKeywords(versionNumber, fingerprint),
    apps: version.apps.map((app) => APP_LABELS[app]).join(', '),
    summary,
    ...(changes && changes.lines.length > 0 ? { changes } : {}),
    sections,
    setAside: setAside.notes.map(pdfText),
    custom: version.custom.map((term) => ({ text: pdfText(term.text), author: names[term.author] })),
    settings: [...settingsChecklists(sections, version.apps), ...deviceSettingsChecklists(template, version.terms, sections)],
    checklists,
    resources: resourcesOnce(printedHelp(template, input.country)),
    acknowledgementsTitle: made.acknowledgementsTitle,
    acknowledgements,
    signatures: made.signatures,
  };
}
