import { backups as v1 } from '../v1/backups';
import { v1Option } from './from-v1';
import { ADP_UK_NOTE, ADP_UK_SHORT } from './notices';
import type { Section } from '../../lib/template/types';

// faq.whatsapp.com/490592613091019: opt-in; passkey, password or 64-digit key; lost key = unrecoverable.
// Current locales: with it on, chat history is left out of the iPhone's device backup (review A2).
const WHATSAPP_E2EE_NOTE = "If the key is lost, the backup is gone for good. WhatsApp says that with this on, our chat is left out of the iPhone's own iCloud Backup.";

// Signal Secure Backups (2025: Android Sept, iOS Dec, beta): opt-in, end-to-end encrypted,
// 64-character recovery key; leaves out view-once and timers of 24 h or less
// (signal.org blog via mtgzone mirror; cybernoz; daringfireball 2025-12). Review A3.
const SIGNAL_BACKUP_NOTE = "Lose the recovery key and the backup can't be opened. It leaves out view-once media and messages set to disappear within 24 hours. On iPhone it's newer and may still be marked beta.";

// Secret Chats are device-only, never in Telegram's cloud; regular chats always are
// (telegram.im/blog/secret-chats; Telegram privacy policy). Review A4.
const TELEGRAM_CLOUD_NOTE = "Regular Telegram chats are always kept on Telegram's servers, and that can't be switched off. Secret Chats never are.";

// Apple holds iCloud Backup keys unless Advanced Data Protection is on (support.apple.com).
const ADP_STEPS = ['Settings > [your name] > iCloud > Advanced Data Protection: turn on'] as const;
const ADP_NOTE = `Set up a recovery contact or key first: Apple cannot help you back in. ${ADP_UK_SHORT}`;

/** 7. Backups. Fixes review A1 to A6. */
export const backups: Section = {
  id: v1.id,
  title: v1.title,
  why: v1.why,
  notes: [ADP_UK_NOTE],
  questions: [
    {
      kind: 'choice',
      id: 'chatBackups',
      prompt: 'How should our chat be backed up?',
      short: 'Chat backups',
      help: "Turning a backup off doesn't delete the one already made: delete that too.",
      options: [
        v1Option(v1, 'chatBackups', 'normalBackup'),
        {
          id: 'encryptedBackup',
          label: 'End-to-end encrypted backups only',
          rank: 2,
          clause: 'We only back up our chat with end-to-end encrypted backups.',
          settings: {
            whatsapp: {
              steps: [
                'Settings > Chats > Chat backup > End-to-end encrypted backup > Turn on',
                'Protect it with a passkey, a password or a 64-digit key',
              ],
              note: WHATSAPP_E2EE_NOTE,
            },
            signal: {
              steps: ['Settings > Backups > Secure backups: on', 'Keep the 64-character recovery key somewhere only you can reach'],
              note: SIGNAL_BACKUP_NOTE,
            },
            imessage: { steps: [...ADP_STEPS], note: ADP_NOTE },
            telegram: {
              steps: ['Use only our Secret Chat: it is never backed up or stored in the cloud'],
              note: TELEGRAM_CLOUD_NOTE,
            },
          },
        },
        {
          id: 'noChatBackups',
          label: 'No chat backups at all',
          rank: 3,
          clause: "We don't back up our chat at all, and we delete any backup made before.",
          settings: {
            // Review A5: turning auto-backup off leaves the old backup in place.
            whatsapp: {
              steps: [
                'Android: Settings > Chats > Chat backup > Back up to Google Account: Never',
                'iPhone: Settings > Chats > Chat Backup > Auto Backup: Off',
                'Then delete the backup already made. Android: Google Drive > Backups > the WhatsApp backup > Delete',
                'iPhone: Settings > [your name] > iCloud > Manage Storage > WhatsApp > Delete',
              ],
            },
            signal: {
              steps: ['Settings > Backups: off', 'Android: Settings > Chats > Chat backups: off'],
            },
            // Review A6: new path; turning it off on one device leaves the iCloud copy (softwarehow.com; justanswers.blog [2°]).
            imessage: {
              steps: [
                'Settings > [your name] > iCloud > See All > Messages in iCloud > Sync this iPhone: off',
                'To remove the copy kept in iCloud: choose Disable and Delete, on every Apple device',
                'And turn off iCloud Backup (next question)',
              ],
            },
            telegram: {
              steps: ['Use only our Secret Chat: it is never backed up or synced'],
              note: TELEGRAM_CLOUD_NOTE,
            },
          },
        },
      ],
      defaultOption: 'noChatBackups',
    },
    {
      kind: 'choice',
      id: 'iphoneCloudBackup',
      prompt: "If either of us uses an iPhone, what about the phone's own iCloud Backup?",
      short: 'iPhone iCloud Backup',
      // Review A2.
      help: "Without WhatsApp's encrypted backup, iCloud Backup can hold a copy of our chat that isn't end-to-end encrypted. It also holds iMessages and any photos saved to the phone.",
      options: [
        {
          id: 'leaveAsIs',
          label: 'Leave it as it is',
          rank: 1,
          clause: "We leave iPhone iCloud Backup as it is, knowing it can hold copies of our messages and photos that aren't end-to-end encrypted.",
        },
        {
          id: 'advancedDataProtection',
          label: 'Turn on Advanced Data Protection',
          rank: 2,
          clause: 'Any iPhone between us has Advanced Data Protection on, so its iCloud Backup is end-to-end encrypted.',
          settings: {
            whatsapp: { steps: [`iPhone: ${ADP_STEPS[0]}`], note: ADP_NOTE },
            imessage: { steps: [...ADP_STEPS], note: ADP_NOTE },
          },
          device: { iphone: { steps: [...ADP_STEPS], note: ADP_NOTE } },
        },
        {
          id: 'deviceBackupOff',
          label: 'Turn off iCloud Backup',
          rank: 3,
          clause: 'Any iPhone between us has iCloud Backup turned off.',
          settings: {
            whatsapp: { steps: ['iPhone: Settings > [your name] > iCloud > iCloud Backup: off'] },
            imessage: { steps: ['Settings > [your name] > iCloud > iCloud Backup: off'] },
          },
          device: { iphone: { steps: ['Settings > [your name] > iCloud > iCloud Backup: off'] } },
        },
      ],
      defaultOption: 'deviceBackupOff',
    },
  ],
};
