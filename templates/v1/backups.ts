import type { Section } from '../../lib/template/types';

// Version 1, section: Backups. Frozen: signed agreements render from these exact words.

export const backups = {
  id: 'backups',
  title: 'Backups',
  // faq.whatsapp.com/490592613091019; Google Drive backups not E2EE unless enabled [2°].
  why: "Backups quietly keep copies of chats, even of messages that later disappear. A normal cloud backup isn't end-to-end encrypted unless you turn that on.",
  questions: [
    {
      kind: 'choice',
      id: 'chatBackups',
      prompt: 'How should our chat be backed up?',
      short: 'Chat backups',
      options: [
        {
          id: 'normalBackup',
          label: 'A normal cloud backup is fine',
          rank: 1,
          clause: "We use our apps' normal cloud backups.",
        },
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
              note: 'If the key is lost, the backup is gone for good.',
            },
            // support.apple.com: Apple holds iCloud Backup keys unless Advanced Data Protection is on.
            imessage: {
              steps: ['Settings > [your name] > iCloud > Advanced Data Protection: turn on'],
              note: 'Set up a recovery contact or key first: Apple cannot help you back in.',
            },
            telegram: null,
          },
        },
        {
          id: 'noChatBackups',
          label: 'No chat backups at all',
          rank: 3,
          clause: "We don't back up our chat at all.",
          settings: {
            whatsapp: {
              steps: [
                'Android: Settings > Chats > Chat backup > Back up to Google Account: Never',
                'iPhone: Settings > Chats > Chat Backup > Auto Backup: Off',
              ],
            },
            imessage: {
              steps: [
                'Settings > [your name] > iCloud > Messages in iCloud: off',
                'And turn off iCloud Backup (next question)',
              ],
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
      // faq.whatsapp.com/490592613091019: iCloud device backup on = unencrypted copy of chats.
      help: "Even with an encrypted chat backup, the iPhone's iCloud Backup can hold its own copy of the chat.",
      options: [
        {
          id: 'leaveAsIs',
          label: 'Leave it as it is',
          rank: 1,
          clause: "We leave iPhone iCloud Backup as it is, knowing it can hold a copy of our chats that isn't end-to-end encrypted.",
        },
        {
          id: 'advancedDataProtection',
          label: 'Turn on Advanced Data Protection',
          rank: 2,
          clause: 'Any iPhone between us has Advanced Data Protection on, so its iCloud Backup is end-to-end encrypted.',
          settings: {
            whatsapp: {
              steps: ['iPhone: Settings > [your name] > iCloud > Advanced Data Protection: turn on'],
              note: 'Set up a recovery contact or key first: Apple cannot help you back in.',
            },
            imessage: {
              steps: ['Settings > [your name] > iCloud > Advanced Data Protection: turn on'],
              note: 'Set up a recovery contact or key first: Apple cannot help you back in.',
            },
          },
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
        },
      ],
      defaultOption: 'deviceBackupOff',
    },
  ],
} satisfies Section;
