import type { ChoiceQuestion, CommitmentQuestion, Section } from '../../lib/template/types';
import { CRIME_NOTICE } from './shared';

// Version 1, section: Endings. Frozen: signed agreements render from these exact words.

export const whatGetsDeleted = {
  kind: 'choice',
  id: 'whatGetsDeleted',
  prompt: 'When it is time, what gets deleted?',
  short: 'What gets deleted',
  options: [
    {
      id: 'whatIReceived',
      label: 'What I received',
      rank: 1,
      clause: 'Each of us deletes everything intimate we received from the other.',
    },
    {
      id: 'everythingBothWays',
      label: 'Everything, sent and received',
      rank: 2,
      clause: 'Each of us deletes everything intimate, both what we received and what we sent.',
    },
    {
      id: 'everythingEverywhere',
      label: 'Everything, everywhere',
      rank: 3,
      clause: 'Each of us deletes everything intimate we sent or received, including backups, Recently Deleted and trash, exports and other devices.',
    },
  ],
  defaultOption: 'everythingEverywhere',
} satisfies ChoiceQuestion;

export const deletionDeadline = {
  kind: 'choice',
  id: 'deletionDeadline',
  prompt: 'How soon?',
  short: 'Deletion deadline',
  options: [
    {
      id: 'within7Days',
      label: 'Within 7 days',
      rank: 1,
      clause: 'We finish deleting within 7 days, then confirm it to each other in writing.',
    },
    {
      id: 'within48Hours',
      label: 'Within 48 hours',
      rank: 2,
      clause: 'We finish deleting within 48 hours, then confirm it to each other in writing.',
    },
    {
      id: 'within24Hours',
      label: 'Within 24 hours',
      rank: 3,
      clause: 'We finish deleting within 24 hours, then confirm it to each other in writing.',
    },
  ],
  defaultOption: 'within24Hours',
} satisfies ChoiceQuestion;

export const deletionTrigger = {
  kind: 'choice',
  id: 'deletionTrigger',
  prompt: 'When does deleting happen?',
  short: 'When we delete',
  options: [
    {
      id: 'afterBreakup',
      label: 'If we break up',
      rank: 1,
      clause: 'We delete when our relationship ends.',
    },
    {
      id: 'wheneverAsked',
      label: 'Whenever either of us asks',
      rank: 2,
      clause: 'We delete whenever either of us asks, with no reason needed, and always if we break up.',
    },
  ],
  defaultOption: 'wheneverAsked',
} satisfies ChoiceQuestion;

export const noLeverage = {
  kind: 'commitment',
  id: 'noLeverage',
  prompt: 'Never kept, never used',
  short: 'No leverage',
  affirmation: "I will never keep anything 'just in case' or use it as leverage.",
  clause: "Neither of us keeps anything 'just in case' or uses it as leverage. Threatening to share is abuse, and may be a crime.",
} satisfies CommitmentQuestion;

export const endings = {
  id: 'endings',
  title: 'Deleting and endings',
  why: 'Copies hide well beyond the chat. Nobody can promise every copy is gone forever, but a clear plan gets close.',
  notice: CRIME_NOTICE,
  checklist: {
    title: 'Where copies hide',
    items: [
      'The chat itself, including starred and kept messages',
      'The gallery, and any locked or hidden folder',
      "iPhone's Recently Deleted (kept about 30 days)",
      'Google Photos trash (kept about 60 days)',
      'Chat backups and phone backups',
      'Linked devices and desktop apps',
      'Exported chats and downloaded files',
      'Other phones, tablets and computers',
      'When done, confirm it to each other in writing',
    ],
  },
  questions: [
    whatGetsDeleted,
    deletionDeadline,
    deletionTrigger,
    noLeverage,
  ],
} satisfies Section;
