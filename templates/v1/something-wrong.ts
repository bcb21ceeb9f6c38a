import type { ChoiceQuestion, Section } from '../../lib/template/types';
import { LINKED_DEVICES } from './shared';

// Version 1, section: If something goes wrong. Frozen: signed agreements render from these exact words.

export const tellEachOther = {
  kind: 'choice',
  id: 'tellEachOther',
  prompt: 'If your phone is lost, your account hacked, or something leaks or is threatened, how soon do you tell me?',
  short: 'Telling each other',
  options: [
    {
      id: 'within48Hours',
      label: 'Within 48 hours',
      rank: 1,
      clause: 'We tell each other within 48 hours about a lost phone, a hacked account, a leak or a threat.',
    },
    {
      id: 'within24Hours',
      label: 'Within 24 hours',
      rank: 2,
      clause: 'We tell each other within 24 hours about a lost phone, a hacked account, a leak or a threat.',
    },
    {
      id: 'asSoonAsWeCan',
      label: 'As soon as possible',
      rank: 3,
      clause: 'We tell each other as soon as we can about a lost phone, a hacked account, a leak or a threat.',
    },
  ],
  defaultOption: 'asSoonAsWeCan',
} satisfies ChoiceQuestion;

export const somethingWrong = {
  id: 'somethingWrong',
  title: 'If something goes wrong',
  why: 'Phones get lost and accounts get taken over, even when both of us are careful. Acting quickly and together limits how far anything spreads.',
  checklist: {
    title: 'What to do',
    // Once for each app the couple chose, so Signal users get Signal's steps too.
    appSteps: [
      { text: "Log out every linked device you don't recognise", settings: LINKED_DEVICES },
      {
        text: 'Change your two-step verification PIN or password',
        settings: {
          // faq.whatsapp.com/1082491466048496.
          whatsapp: { steps: ['Settings > Account > Two-step verification > Change PIN'] },
          // Signal PIN, Telegram two-step, Apple Account password [2°]: re-check before a release.
          signal: { steps: ['Settings > Account > Signal PIN > Change your PIN'] },
          imessage: { steps: ['Settings > [your name] > Sign-In & Security > Change Password'] },
          telegram: { steps: ['Settings > Privacy and Security > Two-Step Verification > Change Password'] },
        },
      },
    ],
    items: [
      "Lost phone? Lock or wipe it remotely with your phone maker's find-my-device service.",
      "Keep evidence: save threats, usernames, links and dates. Don't delete threats.",
      "Report the post or account to the platform it's on.",
      '18 or over: StopNCII.org can help block copies. Taken under 18: use Take It Down.',
      'Call or message one of the helplines listed in this app.',
      "Contain first. Blame doesn't help.",
    ],
  },
  questions: [
    tellEachOther,
    {
      kind: 'commitment',
      id: 'containNotBlame',
      prompt: 'Contain, not blame',
      short: "Contain, don't blame",
      affirmation: 'I will focus on stopping the spread, not on blame.',
      clause: "If something goes wrong, we deal with it together: we contain it first, and we don't blame each other for telling.",
    },
  ],
} satisfies Section;
