import type { AppSettings } from '../../lib/template/types';
import { saving as v1 } from '../v1/saving';
import { CAMERA_NOTICE } from './notices';
import type { Section } from '../../lib/template/types';

// WhatsApp auto-download / Save to Photos (iPhone) / Media visibility (Android): domain outline 6.
// Google Photos can back up the WhatsApp device folder (review §4, backups gap).
const NO_AUTO_SAVE_WHATSAPP = [
  'Settings > Storage and data > Media auto-download: No media, for each type',
  'iPhone: Settings > Chats > Save to Photos: off',
  'Android: Settings > Chats > Media visibility: off',
  "Android: in Google Photos' backup settings, make sure the WhatsApp folders aren't backed up",
] as const;

const NO_AUTO_SAVE_TELEGRAM = [
  'Settings > Data and Storage: turn off automatic media download',
  'Settings > Data and Storage: turn off saving to your gallery or Photos',
] as const;

// Shared with You (Settings > Messages > Shared with You: off; simplymac.com [2°]). Review A22.
const NO_AUTO_SAVE_IMESSAGE = ["Settings > Messages > Shared with You: off, so photos from our chat don't appear in Photos"] as const;

// Review A20: iPhone label is "Hide Screen in App Switcher"; Signal Desktop on Windows 11
// has Screen security on by default, which blocks screenshots and Windows Recall (pwshub.com; cybernews.com).
const SIGNAL_SCREEN_SECURITY = [
  'Android: Settings > Privacy > Screen security: on',
  'iPhone: Settings > Privacy > Hide Screen in App Switcher: on',
  'Desktop (Windows): Settings > Privacy > Screen security: keep it on',
] as const;
const SIGNAL_SCREEN_NOTE = 'On Android this blocks screenshots of Signal; on iPhone it only hides Signal in the app switcher. On Windows it also keeps Signal out of screen snapshots such as Recall.';

// Review A21: the iPhone Hidden album is only a flag and still syncs to iCloud Photos
// (arca.pacifiq.io; gbtimes [2°]); Google Photos Locked Folder has optional cloud backup
// (blog.google/products/photos/locked-folder-cloud-backup).
const LOCKED_FOLDER_NOTE = "iPhone: a photo in the Hidden album still syncs to iCloud Photos, which isn't end-to-end encrypted unless Advanced Data Protection is on. Google Photos: keep the Locked Folder's backup off.";

const IN_APP: AppSettings = {
  whatsapp: { steps: [...NO_AUTO_SAVE_WHATSAPP] },
  signal: { steps: ["Don't tap Save on intimate photos or videos"] },
  imessage: { steps: [...NO_AUTO_SAVE_IMESSAGE, "Don't tap Save on intimate photos or videos"] },
  telegram: { steps: [...NO_AUTO_SAVE_TELEGRAM] },
};

/** 6. Saving on our phones. Fixes review A20, A21, A22. */
export const saving: Section = {
  id: v1.id,
  title: v1.title,
  why: v1.why,
  notice: CAMERA_NOTICE,
  questions: [
    {
      kind: 'choice',
      id: 'savingMedia',
      prompt: 'What happens to intimate media you receive?',
      short: 'Saving',
      help: 'Turning off auto-download and auto-save stops photos landing in your gallery, or in its cloud backup, without you choosing.',
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
              note: LOCKED_FOLDER_NOTE,
            },
            signal: {
              steps: ["Save only into your phone's locked or hidden folder", 'Then delete it from the main gallery and Recently Deleted'],
              note: LOCKED_FOLDER_NOTE,
            },
            imessage: {
              steps: [...NO_AUTO_SAVE_IMESSAGE, "Save only into the Hidden album, then delete it from Recently Deleted"],
              note: LOCKED_FOLDER_NOTE,
            },
            telegram: { steps: [...NO_AUTO_SAVE_TELEGRAM], note: LOCKED_FOLDER_NOTE },
          },
        },
        {
          id: 'inAppOnly',
          label: 'View in the app only',
          rank: 2,
          clause: "We view intimate media only inside the app and don't save it to our phones.",
          settings: IN_APP,
        },
        {
          id: 'noCopies',
          label: 'No copies of any kind',
          rank: 3,
          clause: 'We never save, screenshot, screen-record, photograph the screen or export anything intimate.',
          settings: {
            ...IN_APP,
            signal: {
              steps: ["Don't tap Save on intimate photos or videos", ...SIGNAL_SCREEN_SECURITY],
              note: SIGNAL_SCREEN_NOTE,
            },
          },
        },
      ],
      defaultOption: 'noCopies',
    },
  ],
};
