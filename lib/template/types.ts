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
}

export type Question = ChoiceQuestion | CommitmentQuestion;

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
  readonly checklist?: { readonly title: string; readonly items: readonly string[] };
  readonly questions: readonly Question[];
}

export interface Resource {
  readonly name: string;
  readonly what: string;
  /** Web address or phone, as text; links are plain (no tracking). */
  readonly contact: string;
  readonly where: string;
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
}
