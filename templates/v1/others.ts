import type { CommitmentQuestion, Section } from '../../lib/template/types';
import { CRIME_NOTICE } from './shared';

// Version 1, section: Other people and AI tools (cannot be loosened). Frozen: signed agreements render from these exact words.

export const neverShowAnyone = {
  kind: 'commitment',
  id: 'neverShowAnyone',
  prompt: 'Nobody else, ever',
  short: 'Never show anyone',
  affirmation: 'I will never show, forward, post or describe anything intimate of ours to anyone, now or after we part.',
  clause: 'Neither of us will ever show, forward, post or describe anything intimate to anyone else, during or after our relationship.',
} satisfies CommitmentQuestion;

export const noBlanketConsent = {
  kind: 'commitment',
  id: 'noBlanketConsent',
  prompt: "No 'share it if you like'",
  short: 'No blanket consent',
  // Sexual Offences Act 2003 s66B(6)(a) (England & Wales): "consent" includes general consent.
  help: 'In England and Wales, the law can treat a general yes as consent to share. So we never give one, not even as a joke.',
  affirmation: 'I will never give, ask for or assume general permission to share.',
  clause: 'Neither of us gives, asks for or assumes any general permission to share. Nothing here reaches beyond the two of us.',
} satisfies CommitmentQuestion;

export const others = {
  id: 'others',
  title: 'Other people, apps and AI',
  why: 'Once something is shown, sent on or uploaded, neither of us can call it back.',
  notice: CRIME_NOTICE,
  questions: [
    neverShowAnyone,
    {
      kind: 'commitment',
      id: 'noAppsOrAi',
      prompt: 'No other apps, AI tools or clouds',
      short: 'No apps or AI',
      help: 'Uploading hands a copy to someone else. Fake or edited intimate images are covered by the law in many places too.',
      affirmation: 'I will never put anything intimate of ours into another app, AI tool or cloud, or make fake images of my partner.',
      clause: 'Neither of us puts anything intimate into another app, AI tool, editor or cloud service, or makes fake or edited intimate images of the other.',
    },
    noBlanketConsent,
  ],
} satisfies Section;
