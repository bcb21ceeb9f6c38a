import type { Section } from '../../lib/template/types';

// Version 1, section: Revisiting. Frozen: signed agreements render from these exact words.

export const revisiting = {
  id: 'revisiting',
  title: 'Coming back to this',
  why: 'Lives, phones and feelings change. A regular look keeps this agreement about who we are now.',
  questions: [
    {
      kind: 'choice',
      id: 'reviewCadence',
      prompt: 'How often should we look at this again?',
      short: 'Review',
      help: 'Either of us can tighten a term at any time. Loosening one needs us both.',
      options: [
        {
          id: 'every6Months',
          label: 'Every 6 months',
          rank: 1,
          clause: 'We look at this agreement together every 6 months.',
        },
        {
          id: 'every3Months',
          label: 'Every 3 months',
          rank: 2,
          clause: 'We look at this agreement together every 3 months.',
        },
        {
          id: 'everyMonth',
          label: 'Every month',
          rank: 3,
          clause: 'We look at this agreement together every month.',
        },
      ],
      defaultOption: 'everyMonth',
    },
    {
      kind: 'commitment',
      id: 'afterBigChange',
      prompt: 'After big changes',
      short: 'After big changes',
      affirmation: 'I will ask to revisit this after any big change.',
      clause: 'We also revisit after any big change: a new phone or app, a move, a scare, or feelings shifting.',
    },
  ],
} satisfies Section;
