import type { ChoiceQuestion, CommitmentQuestion, Section } from '../../lib/template/types';

// Version 1, section: Asking first. Frozen: signed agreements render from these exact words.

export const askingFirst = {
  kind: 'choice',
  id: 'askingFirst',
  prompt: 'Before something intimate is sent to you?',
  short: 'Asking first',
  help: 'Asking first also means the other person can be somewhere private before it arrives.',
  options: [
    {
      id: 'sendAnyTime',
      label: 'Send whenever you like',
      rank: 1,
      clause: "Either of us may send something intimate at any time, within what we've agreed.",
    },
    {
      id: 'askFirstEachTime',
      label: 'Ask me first, every time',
      rank: 2,
      clause: 'We ask first every time, and only send after a yes.',
    },
    {
      id: 'bothOptInThatDay',
      label: "Only on days we've both said yes",
      rank: 3,
      clause: "Nothing intimate is sent unless we've both said yes that day, and we still ask before each one.",
    },
  ],
  defaultOption: 'bothOptInThatDay',
} satisfies ChoiceQuestion;

export const noMeansNo = {
  kind: 'commitment',
  id: 'noMeansNo',
  prompt: 'No answer is an answer',
  short: 'No means no',
  affirmation: 'I will treat a no, or no answer, as a no.',
  clause: "A no, or no answer, means no. We don't send anyway, and we don't keep asking.",
} satisfies CommitmentQuestion;

export const asking = {
  id: 'asking',
  title: 'Asking first',
  why: 'Something intimate that arrives unasked can land at the worst moment: at work, on a shared screen, in a notification.',
  questions: [
    askingFirst,
    noMeansNo,
  ],
} satisfies Section;
