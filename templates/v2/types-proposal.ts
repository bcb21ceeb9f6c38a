import type {
  AppSetting,
  AppSettings,
  ChoiceQuestion,
  CommitmentQuestion,
  Option,
  Resource,
  Section,
} from '../../lib/template/types';

/**
 * Type shapes version 2 of the template needs beyond lib/template/types.ts.
 * Every shape here extends the existing one, so a version-2 section is still a
 * plain `Section` to today's code: the extra fields are simply not shown until
 * the UI and PDF learn them. Proposed for lib/template/types.ts (see docs/template-v2.md).
 */

/**
 * Settings that belong to the phone or computer, not to one messaging app
 * (Safety Check, Stolen Device Protection, iCloud Backup, nudity blur, Windows Recall).
 * Shown to everyone, whichever apps they chose, so they are not repeated under every app.
 */
export const DEVICE_IDS = ['iphone', 'android', 'computer'] as const;
export type DeviceId = (typeof DEVICE_IDS)[number];

export const DEVICE_LABELS: Readonly<Record<DeviceId, string>> = {
  iphone: 'iPhone',
  android: 'Android',
  computer: 'Computer',
};

export type DeviceSettings = Readonly<Partial<Record<DeviceId, AppSetting>>>;

export interface OptionV2 extends Option {
  /** Phone- or computer-wide settings that match this choice. */
  readonly device?: DeviceSettings;
}

export interface ChoiceQuestionV2 extends Omit<ChoiceQuestion, 'options'> {
  readonly options: readonly OptionV2[];
}

export interface CommitmentQuestionV2 extends CommitmentQuestion {
  readonly device?: DeviceSettings;
}

export type QuestionV2 = ChoiceQuestionV2 | CommitmentQuestionV2;

/**
 * A short note shown with a section, below its notice: a law, a region where a
 * setting does not exist, or a plain limit of what a setting does.
 * `source` is for maintainers (never shown); re-check it before each release.
 */
export interface SectionNote {
  readonly id: string;
  readonly kind: 'law' | 'region' | 'limit';
  readonly text: string;
  readonly source: string;
}

export interface SectionV2 extends Omit<Section, 'questions'> {
  readonly questions: readonly QuestionV2[];
  readonly notes?: readonly SectionNote[];
  /** Which help to offer beside this section (by need), for the person's chosen country. */
  readonly helpNeeds?: readonly ResourceNeed[];
}

/** What a person needs help with; resources are picked by need, then by country. */
export type ResourceNeed = 'images' | 'under18' | 'abuse' | 'stalkerware' | 'report' | 'emergency';

/** Who a service is for, so the support page never sends a teenager to an adults-only line. */
export type Audience = 'adults' | 'under18' | 'anyone';

export interface ResourceV2 extends Resource {
  /** Stable id, camelCase, for template references. */
  readonly id: string;
  /**
   * What it really does, limits included (for example: "reaches participating
   * sites only, never private or encrypted chats"). `what` stays the one-line summary.
   */
  readonly does: string;
  /** Where the contact was checked: a web address or a named page. Never shown as a link to track. */
  readonly source: string;
  /** True when the only source found is secondary (news, a how-to page): re-check first. */
  readonly secondary?: boolean;
  readonly audience: Audience;
  readonly needs: readonly ResourceNeed[];
}

/** ISO 3166-1 alpha-2 codes, plus the entries always shown. */
export const COUNTRY_CODES = ['US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'DE', 'FR', 'IT', 'ES', 'IN', 'BR'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

export interface CountryGroup {
  readonly code: CountryCode;
  /** The country's name as the picker shows it, in English. */
  readonly name: string;
  readonly resources: readonly ResourceV2[];
  /**
   * A kind, honest line when we have no checked service for a need in this
   * country (never an invented number). Shown above the "anywhere" entries.
   */
  readonly gapNote?: string;
}

/** A short block of plain text with its own help, e.g. for a worried parent. */
export interface HelpBlock {
  readonly id: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly resources: readonly ResourceV2[];
}

/**
 * How an answer on version 1 carries into version 2, per question.
 * - same: the question and its options mean the same; answers carry over.
 * - reworded: same options, clearer words; answers carry over, both see the new words.
 * - settings: only the matching settings or help changed; answers carry over.
 * - options: new options were added (`added`); both answer again privately, each
 *   seeing their version-1 answer beside its nearest version-2 option.
 * - new: a new question; both partners answer it privately.
 * - replaced: the question is gone; `by` names the question that takes its place.
 * Commitments marked 'reworded' are affirmed again by each partner.
 */
export type QuestionChange =
  | { readonly question: string; readonly change: 'same' | 'reworded' | 'settings' }
  | { readonly question: string; readonly change: 'options'; readonly added: readonly string[] }
  | { readonly question: string; readonly change: 'new' }
  | { readonly question: string; readonly change: 'replaced'; readonly by: string };

/**
 * A version-1 option that changed or went away, beside its nearest version-2 option.
 * `direction` compares the version-2 option with the version-1 one: a looser
 * move needs both partners to confirm.
 */
export interface OptionChange {
  readonly question: string;
  readonly from: string;
  readonly to: string;
  readonly direction: 'same' | 'stricter' | 'looser';
  readonly why: string;
}

export type { AppSettings };
