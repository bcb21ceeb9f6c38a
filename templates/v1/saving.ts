import type { Section } from '../../lib/template/types';
import { CAMERA_NOTICE, NO_AUTO_SAVE_WHATSAPP, NO_AUTO_SAVE_TELEGRAM } from './shared';

// Version 1, section: Saving on the receiving phone. Frozen: signed agreements render from these exact words.

export const saving = {
  id: 'saving',
  title: 'Saving on our phones',
  why: 'A photo in the main gallery can sync to the cloud, pop up in memories and be seen by anyone scrolling past.',
  notice: CAMERA_NOTICE,
  questions: [
    {
      kind: 'choice',
      id: 'savingMedia',
      prompt: 'What happens to intimate media you receive?',
      short: 'Saving',
      help: 'Turning off auto-download and auto-save stops photos landing in your gallery without you choosing.',
      options: [
        {
          id: 'lockedFolder',
          label: 'Save only to a locked folder',
          rank: 1,
          clause: 'We may save what we receive, but only into a locked, hidden folder: never the main gallery or a shared album.',
          settings: {
            whatsapp: {
              steps: [
                ...NO_AUTO_SAVE_WHATSAPP,
                "Move anything you save into your phone's locked or hidden folder",
                'Then delete it from the main gallery and Recently Deleted',
              ],
            },
            telegram: { steps: [...NO_AUTO_SAVE_TELEGRAM] },
          },
        },
        {
          id: 'inAppOnly',
          label: 'View in the app only',
          rank: 2,
          clause: "We view intimate media only inside the app and don't save it to our phones.",
          settings: {
            whatsapp: { steps: [...NO_AUTO_SAVE_WHATSAPP] },
            telegram: { steps: [...NO_AUTO_SAVE_TELEGRAM] },
          },
        },
        {
          id: 'noCopies',
          label: 'No copies of any kind',
          rank: 3,
          clause: 'We never save, screenshot, screen-record, photograph the screen or export anything intimate.',
          settings: {
            whatsapp: { steps: [...NO_AUTO_SAVE_WHATSAPP] },
            // Signal Screen Security [2°].
            signal: {
              steps: ['Settings > Privacy > Screen security: on'],
              note: 'On Android this blocks screenshots of Signal; on iPhone it hides Signal in the app switcher.',
            },
            telegram: { steps: [...NO_AUTO_SAVE_TELEGRAM] },
          },
        },
      ],
      defaultOption: 'noCopies',
    },
  ],
} satisfies Section;
