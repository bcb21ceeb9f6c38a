import { somethingWrong as v1, tellEachOther } from '../v1/something-wrong';
import { SPYWARE_REMOVAL_WARNING } from './notices';
import type { Section } from '../../lib/template/types';

/**
 * 9. If something goes wrong. The checklist now names each app (review A25), adds
 * account passwords, Safety Check, sextortion (don't pay), the police, spyware,
 * and no longer tells someone whose images were shared on purpose not to blame (T2).
 * Sources: RPH FAQ (keep evidence, police on 101, "DO NOT send anything"); NCA alert 2024-04;
 * techtelegraph/PCMag (Safety Check); techsafety.ca, stopstalkerware.org.
 */
export const somethingWrong: Section = {
  id: v1.id,
  title: v1.title,
  why: v1.why,
  helpNeeds: ['images', 'abuse', 'stalkerware', 'report', 'emergency'],
  checklist: {
    title: 'What to do',
    // Linked devices and two-step, once for each app the couple chose (listed before these items).
    appSteps: v1.checklist?.appSteps,
    appStepsAfter: 1,
    items: [
      'If you are in danger right now, call your local emergency number.',
      'Change your Apple Account or Google Account password, and check which devices are signed in.',
      'iPhone: Settings > Privacy & Security > Safety Check shows who and what can reach your phone. It has its own quick exit.',
      "Lost phone? Lock or wipe it remotely with your phone maker's find-my-device service.",
      "Keep evidence: save threats, usernames, links and dates. Don't delete threats.",
      "If someone demands money or more images: don't pay, and don't send anything more. Stop replying, keep the evidence, and report it.",
      "Report the post or account to the platform it's on.",
      '18 or over: StopNCII.org can help partner sites block copies, fakes included. Taken under 18: use Take It Down.',
      'You can report it to the police. A helpline can help you decide, and go through it with you.',
      SPYWARE_REMOVAL_WARNING,
      "Call or message a helpline for your country: they're listed under 'Where to get help'.",
      "After an accident, a loss or a hack, we contain it together. Sharing on purpose, or threatening to, is abuse, not a mistake, and it is never the fault of the person it's done to.",
    ],
  },
  questions: [
    tellEachOther,
    {
      kind: 'commitment',
      id: 'containTogether',
      prompt: 'Contain it together',
      short: 'Contain together',
      affirmation: "If something goes wrong by accident, I'll help contain it, and I won't blame my partner for telling me.",
      clause: "If something goes wrong by accident, we deal with it together: we contain it first, and we don't blame each other for telling. Sharing on purpose, or threatening to, is different: it is abuse.",
    },
  ],
};
