/**
 * The template model. A template is plain typed data: sections of questions,
 * each option ranked by how protective it is. Everything else (schemas, forms,
 * merge, PDF) is derived from it.
 */

/** Messaging apps a couple can say they use. WhatsApp comes first everywhere. */
export const APP_IDS = ['whatsapp', 'signal', 'imessage', 'telegram', 'other'] as const;
export type AppId = (typeof APP_IDS)[number];

export const APP_LABELS: Readonly<Record<AppId, string>> = {
  whatsapp: 'WhatsApp',
  signal: 'Signal',
  imessage: 'iMessage',
  telegram: 'Telegram',
  other: 'Another app',
};

/**
 * How to match a choice in one app. `steps` are short instructions;
 * `null` means the app has no equivalent, which the UI says honestly.
 */
export type AppSetting = { readonly steps: readonly string[]; readonly note?: string } | null;

export type AppSettings = Readonly<Partial<Record<AppId, AppSetting>>>;

/**
 * Settings that belong to the phone or computer, not to one app (Safety Check,
 * iCloud Backup, nudity blur): shown to everyone, whichever apps they chose.
 */
export const DEVICE_IDS = ['iphone', 'android', 'computer'] as const;
export type DeviceId = (typeof DEVICE_IDS)[number];

export const DEVICE_LABELS: Readonly<Record<DeviceId, string>> = {
  iphone: 'iPhone',
  android: 'Android',
  computer: 'Computer',
};

export type DeviceSettings = Readonly<Partial<Record<DeviceId, AppSetting>>>;

export interface Option {
  /** Stable id, camelCase; stored in answers. */
  readonly id: string;
  /** What a partner picks, in their own voice ("Ask me first, every time"). */
  readonly label: string;
  /** Higher is more protective. Options are listed in ascending rank. */
  readonly rank: number;
  /** The agreed term this option produces, written about both of us ("We ..."). */
  readonly clause: string;
  /** Settings that match this choice, per app. */
  readonly settings?: AppSettings;
  /** Phone- or computer-wide settings that match this choice. */
  readonly device?: DeviceSettings;
}

interface QuestionBase {
  /** Stable id, camelCase (a dot would mean nesting to react-hook-form). */
  readonly id: string;
  /** The question as one partner reads it. */
  readonly prompt: string;
  /** Short label used in summaries and diffs ("Photos"). */
  readonly short: string;
  /** One or two plain sentences: why this matters. */
  readonly help?: string;
}

/** Pick one option; the most protective one is the default. */
export interface ChoiceQuestion extends QuestionBase {
  readonly kind: 'choice';
  readonly options: readonly Option[];
  /** Id of the default option: always the most protective. */
  readonly defaultOption: string;
}

/**
 * A fixed commitment that can never be loosened (for example: never show
 * anything to anyone else). Each partner affirms it for themself.
 */
export interface CommitmentQuestion extends QuestionBase {
  readonly kind: 'commitment';
  /** What the partner ticks ("I will never ..."). */
  readonly affirmation: string;
  /** The agreed term ("Neither of us will ever ..."). */
  readonly clause: string;
  readonly settings?: AppSettings;
  readonly device?: DeviceSettings;
}

export type Question = ChoiceQuestion | CommitmentQuestion;

/**
 * A short note shown with a section or the whole agreement: a law, a region
 * where a setting does not exist, or a plain limit. `source` is for maintainers, never shown.
 */
export interface SectionNote {
  readonly id: string;
  readonly kind: 'law' | 'region' | 'limit';
  readonly text: string;
  readonly source: string;
}

/** What a person needs help with; help is picked by need, then by country. */
export const RESOURCE_NEEDS = ['images', 'under18', 'abuse', 'stalkerware', 'report', 'emergency'] as const;
export type ResourceNeed = (typeof RESOURCE_NEEDS)[number];

export interface Section {
  readonly id: string;
  readonly title: string;
  /** The real risk, in plain words: why this step matters. */
  readonly why: string;
  /** A notice shown before the questions (for example: settings reduce copies, not cameras). */
  readonly notice?: string;
  /** Optional further reading inside the app, e.g. warning signs of pressure. */
  readonly aside?: { readonly title: string; readonly points: readonly string[] };
  /** Checklist to keep (shown in the agreement and the PDF). */
  readonly checklist?: {
    readonly title: string;
    readonly items: readonly string[];
    /** Steps that differ by app: once for each app the couple chose (resolved in lib/agreement/clauses). */
    readonly appSteps?: readonly ChecklistAppStep[];
    /** How many of `items` come before the steps by app (none when left out). */
    readonly appStepsAfter?: number;
  };
  readonly questions: readonly Question[];
  readonly notes?: readonly SectionNote[];
  /** Which help to offer beside this section, for the person's chosen country. */
  readonly helpNeeds?: readonly ResourceNeed[];
}

/** A checklist step done differently in each app ("log out linked devices"), with each app's own steps. */
export interface ChecklistAppStep {
  readonly text: string;
  readonly settings: AppSettings;
}

/**
 * Sections with nothing to say while a term is one of some options (for
 * example: nothing intimate is shared). While a version's term for
 * `questionId` is one of `optionIds`, the agreement page and the PDF leave
 * these sections out and say so with `note`; the terms stay in the version.
 */
export interface SectionsSetAside {
  readonly questionId: string;
  readonly optionIds: readonly string[];
  readonly sectionIds: readonly string[];
  /** Why they are left out, in the couple's voice ("We send nothing intimate for now, …"). */
  readonly note: string;
}

export interface Resource {
  readonly name: string;
  readonly what: string;
  /** Web address or phone, as text; links are plain (no tracking). */
  readonly contact: string;
  readonly where: string;
}

/** Who a service is for, so nobody under 18 is sent to an adults-only line. */
export type Audience = 'adults' | 'under18' | 'anyone';

/** A resource that says what it really does and where its contact was checked. */
export interface HelpResource extends Resource {
  /** Stable id, camelCase. */
  readonly id: string;
  /** What it really does, limits included; `what` stays the one-line summary. */
  readonly does: string;
  /** Where the contact was checked; for maintainers, never shown. */
  readonly source: string;
  /** True when the only source found is secondary: re-check first. */
  readonly secondary?: boolean;
  readonly audience: Audience;
  readonly needs: readonly ResourceNeed[];
}

/** Help in one country. `code` is ISO 3166-1 alpha-2. */
export interface CountryGroup {
  readonly code: string;
  /** The country's name as the picker shows it. */
  readonly name: string;
  readonly resources: readonly HelpResource[];
  /** A kind, honest line where no checked service covers a need here (never an invented number). */
  readonly gapNote?: string;
}

/** A short block of plain text with its own help, e.g. for a worried parent. */
export interface HelpBlock {
  readonly id: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly resources: readonly HelpResource[];
}

/** Help by country: what is always shown, each country's own, and the blocks for particular people. */
export interface TemplateHelp {
  /** Shown whatever country is chosen (emergency line, StopNCII, Take It Down). */
  readonly anywhere: readonly HelpResource[];
  readonly countries: readonly CountryGroup[];
  readonly under18: HelpBlock;
  readonly worriedParent: HelpBlock;
}

/**
 * How an answer on the earlier version carries into this one, per question.
 * - same / reworded / settings: answers carry over (both see the new words);
 * - options: options were added (`added`): both answer again privately, each
 *   seeing their earlier answer beside its nearest option here;
 * - new: both partners answer it privately;
 * - replaced: gone; `by` names the question that takes its place.
 */
export type QuestionChange =
  | { readonly question: string; readonly change: 'same' | 'reworded' | 'settings' }
  | { readonly question: string; readonly change: 'options'; readonly added: readonly string[] }
  | { readonly question: string; readonly change: 'new' }
  | { readonly question: string; readonly change: 'replaced'; readonly by: string };

/** An earlier option whose words changed or that went away, beside its nearest option here. */
export interface OptionChange {
  readonly question: string;
  readonly from: string;
  readonly to: string;
  readonly direction: 'same' | 'stricter' | 'looser';
  readonly why: string;
}

/** A commitment whose words changed: each partner affirms the new words. */
export interface CommitmentChange {
  readonly from: string;
  readonly to: string;
  readonly why: string;
}

/** How an agreement signed on `fromVersion` of the same template moves to this one, by revising together. */
export interface UpgradeMap {
  readonly fromVersion: number;
  readonly questions: readonly QuestionChange[];
  readonly options: readonly OptionChange[];
  readonly commitments: readonly CommitmentChange[];
}

/** Help resources under one heading ("If something leaks, …"). */
export interface ResourceGroup {
  readonly title: string;
  readonly resources: readonly Resource[];
}

/** One row of the PDF's one-page summary: a label and the questions whose terms it shows, in order. */
export interface SummaryRow {
  readonly label: string;
  readonly questionIds: readonly string[];
}

/** The choice question that sets when the couple looks at the agreement again, and the months each option means. */
export interface ReviewReference {
  readonly questionId: string;
  /** Every option of that question, each a whole number of months: more protective, sooner. */
  readonly monthsByOption: Readonly<Record<string, number>>;
}

/**
 * A template is the one place that knows its own ids: everything outside it
 * (lib, components) reaches particular questions and sections only through
 * these references, which `templateProblems` checks resolve.
 */
export interface Template {
  readonly id: string;
  /** Bumped whenever a question, option or clause changes. */
  readonly version: number;
  readonly title: string;
  readonly sections: readonly Section[];
  /** Acknowledgements each partner confirms before signing. */
  readonly acknowledgements: readonly { readonly id: string; readonly text: string }[];
  /** Help resources, grouped and titled as the PDF prints them. */
  readonly resourceGroups: readonly ResourceGroup[];
  /** Key terms for the PDF's summary page. */
  readonly summary: readonly SummaryRow[];
  readonly review: ReviewReference;
  /** The section shown again once an agreement is withdrawn: what happens to everything. */
  readonly endingsSectionId?: string;
  /** Sections the agreement page and the PDF leave out under some answers (`templateProblems` checks the references). */
  readonly setAside?: readonly SectionsSetAside[];
  /** Notes for the whole agreement (landing page and PDF footer). */
  readonly notes?: readonly SectionNote[];
  /** Help by country; without it, `resourceGroups` is all the help there is. */
  readonly help?: TemplateHelp;
  /** How an agreement on the previous version moves to this one. */
  readonly upgrade?: UpgradeMap;
}
