import type { Section } from '../../lib/template/types';

/**
 * New in version 2: when things get hard. A pause either of us can call, a
 * check-in after a fight, and what happens if a term is broken by mistake
 * (review §4 "Revisiting", §5.8, §5.9). Deliberate sharing or a threat is never
 * treated as a slip: the notice says so and points to help.
 */
export const hardTimes: Section = {
  id: 'hardTimes',
  title: 'When things get hard',
  why: 'Arguments, hurt feelings and slips happen to everyone. Deciding now what we do keeps intimate things out of the line of fire.',
  notice: "If one of us shares something on purpose, or threatens to, that isn't a slip to talk through. It is abuse, and it is never the fault of the person it's done to. 'Where to get help' lists who you can talk to.",
  helpNeeds: ['abuse'],
  questions: [
    {
      kind: 'commitment',
      id: 'pauseAnyTime',
      prompt: 'A pause either of us can call',
      short: 'Pause',
      help: 'A pause is lighter than ending anything. It just stops everything intimate until the one who called it is ready. You might agree a word for it.',
      affirmation: "I will stop sending anything intimate the moment my partner calls a pause, and I won't ask why.",
      clause: 'Either of us can call a pause on anything intimate, at any time, with no reason needed. It lasts until the one who called it lifts it.',
    },
    {
      kind: 'choice',
      id: 'afterAFight',
      prompt: 'After an argument, when can intimate messages start again?',
      short: 'After a fight',
      options: [
        {
          id: 'whenItFeelsRight',
          label: 'When it feels right to us both',
          rank: 1,
          clause: 'After an argument, we start again when it feels right to both of us.',
        },
        {
          id: 'checkInFirst',
          label: "Once we've checked in",
          rank: 2,
          clause: 'After an argument, we check in with each other before anything intimate is sent again.',
        },
        {
          id: 'talkedAndBothYes',
          label: "Only once we've talked it through and both said yes",
          rank: 3,
          clause: "After an argument, nothing intimate is sent until we've talked it through and both said yes again.",
        },
      ],
      defaultOption: 'talkedAndBothYes',
    },
    {
      kind: 'commitment',
      id: 'noThreatsInAnger',
      prompt: 'Never in anger',
      short: 'Never in anger',
      affirmation: 'I will never send anything intimate in anger, and never use a threat in an argument, least of all a threat to share.',
      clause: 'Nothing intimate is sent in anger, and neither of us ever uses a threat in an argument, least of all a threat to share.',
    },
    {
      kind: 'choice',
      id: 'ifTermBroken',
      prompt: 'If one of us slips and breaks a term, what happens?',
      short: 'If a term is broken',
      help: 'This is for slips, like a saved photo or a setting left on. Either of us can also end the agreement at any time.',
      options: [
        {
          id: 'talkItThrough',
          label: 'We talk it through',
          rank: 1,
          clause: 'If one of us breaks a term by mistake, we say so, talk it through and fix what we can.',
        },
        {
          id: 'pauseAndTighten',
          label: 'We pause, fix it and tighten that term',
          rank: 2,
          clause: 'If one of us breaks a term by mistake, we pause anything intimate, fix what we can, and tighten that term before we carry on.',
        },
        {
          id: 'pauseAndRevisit',
          label: "We pause until we've been through the whole agreement again",
          rank: 3,
          clause: 'If one of us breaks a term by mistake, we pause anything intimate, fix what we can, and only carry on after going through this whole agreement together again.',
        },
      ],
      defaultOption: 'pauseAndRevisit',
    },
  ],
};
