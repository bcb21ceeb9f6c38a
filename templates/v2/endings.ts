import { endings as v1, whatGetsDeleted, deletionDeadline, deletionTrigger, noLeverage } from '../v1/endings';
import { CRIME_NOTICE } from './notices';
import type { Section } from '../../lib/template/types';

/**
 * 10. Deleting and endings. Softer why (review T4), the places copies hide that
 * version 2 names (A3, A6, A21), breakups as the riskiest time, and what to do
 * if the other person won't delete or confirm (review §4, Endings).
 */
export const endings: Section = {
  id: v1.id,
  title: v1.title,
  why: 'Copies hide well beyond the chat. Nobody can promise every copy is gone forever, but a clear plan removes every copy we control. A breakup is when images are most at risk, so the plan matters most then.',
  notice: CRIME_NOTICE,
  helpNeeds: ['images', 'abuse'],
  aside: {
    title: "If the other person won't delete",
    points: [
      "You can't make someone delete, and it isn't your fault if they won't.",
      'Keep evidence: messages where you asked, and any reply or threat, with dates.',
      '18 or over: StopNCII.org can help partner sites block copies if anyone tries to post them.',
      'A helpline for your country can help you work out what to do next, including whether to go to the police.',
    ],
  },
  checklist: {
    title: 'Where copies hide',
    items: [
      'The chat itself, including starred and kept messages',
      'The gallery, and any locked or hidden folder (the iPhone Hidden album still syncs to iCloud Photos)',
      "iPhone's Recently Deleted (kept about 30 days)",
      'Google Photos trash (kept about 60 days), and a Locked Folder backup if it was on',
      'Chat backups and phone backups: WhatsApp in Google Drive or iCloud, Signal secure backups, Messages in iCloud',
      'Linked devices and desktop apps, including a shared tablet or computer',
      'Exported chats and downloaded files',
      'Other phones, tablets and computers',
      'When done, confirm it to each other in writing',
    ],
  },
  questions: [
    whatGetsDeleted,
    deletionDeadline,
    deletionTrigger,
    {
      kind: 'commitment',
      id: 'deleteEvenIfApart',
      prompt: "Even if we're not talking",
      short: 'Delete even if apart',
      affirmation: "I will delete my copies when it's time, even if we've stopped talking.",
      clause: "Each of us deletes our own copies when it's time, even if we're no longer in touch. Nobody has to ask twice.",
    },
    noLeverage,
  ],
};
