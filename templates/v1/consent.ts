import type { ChoiceQuestion, CommitmentQuestion, Section } from '../../lib/template/types';

// Version 1, section: Consent. Frozen: signed agreements render from these exact words.

export const checkInStyle = {
  kind: 'choice',
  id: 'checkInStyle',
  prompt: 'How should we check in with each other?',
  short: 'Check-ins',
  // FRIES: plannedparenthooddirect.org/article/what-consent
  help: "A real yes is freely given, can be taken back, knows what it's agreeing to, is keen, and is about one specific thing. Yesterday's yes isn't today's.",
  options: [
    {
      id: 'beforeEachNewKind',
      label: 'Ask before anything new',
      rank: 1,
      clause: 'We check in before any new kind of message, photo or video.',
    },
    {
      id: 'beforeEachExchange',
      label: 'Check in each time we start',
      rank: 2,
      clause: "We check in at the start of every exchange, even for things we've shared before.",
    },
    {
      id: 'explicitYesEveryTime',
      label: 'A clear yes, every single time',
      rank: 3,
      clause: 'We wait for a clear yes before every photo, video or voice note, every time.',
    },
  ],
  defaultOption: 'explicitYesEveryTime',
} satisfies ChoiceQuestion;

export const noConsequences = {
  kind: 'commitment',
  id: 'noConsequences',
  prompt: 'Saying no',
  short: 'No consequences',
  affirmation: 'I will never make my partner pay for a no: no sulking, guilt, anger or asking again and again.',
  clause: 'A no never has consequences. Either of us can say no, or stop partway, without explaining.',
} satisfies CommitmentQuestion;

export const consent = {
  id: 'consent',
  title: 'How we say yes',
  why: "A yes given to keep the peace isn't really a yes. Agreeing how we check in makes a no easy to say and easy to hear.",
  // thehotline.org tech-facilitated abuse; loveisrespect digital boundaries.
  aside: {
    title: 'Is this pressure?',
    points: [
      'Being begged, pushed or guilt-tripped into sending something.',
      "Threats: to share what you've sent, or to leave, if you don't send more.",
      'Someone demanding money, more images or sex to keep images private. This is sextortion.',
      'A partner checking your phone, or asking for your passcodes or location.',
      "Being asked for 'proof' of where you are, who you're with or what you're doing.",
      'Sulking, anger or punishment after a no.',
      "If any of this sounds familiar, it isn't your fault. Helplines are listed in this app.",
    ],
  },
  questions: [
    checkInStyle,
    noConsequences,
  ],
} satisfies Section;
