import type { Template } from '../../lib/template/types';
import { LEAK_RESOURCES, PRESSURE_RESOURCES } from '../resources';
import { asking } from './asking';
import { backups } from './backups';
import { chatSettings } from './chat-settings';
import { consent } from './consent';
import { endings } from './endings';
import { others } from './others';
import { revisiting } from './revisiting';
import { saving } from './saving';
import { security } from './security';
import { sharing } from './sharing';
import { somethingWrong } from './something-wrong';

/**
 * The intimate-messaging agreement, version 1.
 *
 * Rules every question follows:
 * - options are listed least → most protective, ranks ascending;
 * - the default is always the most protective option;
 * - clauses are about both of us; labels are in the answering partner's voice.
 *
 * Every fact about an app cites its source beside the setting that relies on
 * it, mostly the app's own help pages (faq.whatsapp.com/…, support.apple.com,
 * signal.org); [2°] marks a secondary source (news), to re-check before a release.
 */

export const intimateMessaging = {
  id: 'intimate-messaging',
  version: 1,
  title: 'Our messaging agreement',
  sections: [
    consent,
    sharing,
    asking,
    security,
    chatSettings,
    saving,
    backups,
    others,
    somethingWrong,
    endings,
    revisiting,
  ],
  acknowledgements: [
    {
      id: 'notContract',
      text: "This is a shared statement of our intentions. It isn't a legal contract or legal advice, and it takes away none of our legal rights.",
    },
    {
      id: 'noConsentToShare',
      text: 'Nothing here gives either of us consent to share anything with anyone.',
    },
    {
      id: 'tightenLoosen',
      text: 'Either of us can make any term stricter at any time. Making one looser needs us both to agree again.',
    },
    {
      id: 'withdraw',
      text: 'Either of us can withdraw at any time, alone, without giving a reason.',
    },
    {
      id: 'noGuarantee',
      text: 'No setting guarantees that a photo or video is never copied.',
    },
  ],
  resourceGroups: [
    { title: 'If something leaks, or someone threatens to share', resources: LEAK_RESOURCES },
    { title: 'If there is pressure, threats or control', resources: PRESSURE_RESOURCES },
  ],
  summary: [
    { label: 'What we share', questionIds: ['contentKinds', 'identifyingDetails'] },
    { label: 'How we ask', questionIds: ['checkInStyle', 'askingFirst'] },
    { label: 'Where it may live', questionIds: ['intimateApp', 'savingMedia', 'chatBackups'] },
    { label: 'How long it stays', questionIds: ['disappearingMessages', 'keepInChat'] },
    { label: 'If we break up, or either of us asks', questionIds: ['deletionTrigger', 'whatGetsDeleted', 'deletionDeadline'] },
    { label: 'Looking at this again', questionIds: ['reviewCadence'] },
  ],
  review: { questionId: 'reviewCadence', monthsByOption: { every6Months: 6, every3Months: 3, everyMonth: 1 } },
  endingsSectionId: 'endings',
  // With nothing intimate shared, pages on chat timers, view once, saving and backups have nothing to say.
  setAside: [
    {
      questionId: 'contentKinds',
      optionIds: ['nothingForNow'],
      sectionIds: ['chatSettings', 'saving', 'backups'],
      note: 'We send nothing intimate for now, so the terms about keeping intimate photos, videos and messages are not shown. They are still part of what we signed, and matter again if we ever agree to share more.',
    },
  ],
} satisfies Template;
