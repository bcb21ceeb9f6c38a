import type { CommitmentQuestion, Section } from '../../lib/template/types';
import { LINKED_DEVICES } from './shared';

// Version 1, section: App and account security. Frozen: signed agreements render from these exact words.

export const noInsecureChannels = {
  kind: 'commitment',
  id: 'noInsecureChannels',
  prompt: 'Never by text message, email or shared albums',
  short: 'No SMS, email or albums',
  help: "These aren't end-to-end encrypted, or they copy files to places neither of us controls.",
  affirmation: 'I will never send anything intimate by SMS or MMS, email, or a shared cloud album.',
  clause: 'Neither of us sends anything intimate by SMS or MMS, email, or shared cloud albums.',
} satisfies CommitmentQuestion;

export const security = {
  id: 'security',
  title: 'Our apps and accounts',
  why: "Encryption protects messages on the way. It can't protect an unlocked phone, a taken-over account or a forgotten linked computer.",
  questions: [
    {
      kind: 'choice',
      id: 'intimateApp',
      prompt: 'Which app should intimate messages go in?',
      short: 'App for intimate content',
      help: 'End-to-end encrypted means only the people in the chat can read it, not the company running the app.',
      options: [
        {
          id: 'anyEncryptedApp',
          label: 'Any end-to-end encrypted app we both use',
          rank: 1,
          clause: 'We send intimate content only in end-to-end encrypted apps we both use.',
          settings: {
            whatsapp: { steps: ['Nothing to switch on: personal chats are end-to-end encrypted'] },
            signal: { steps: ['Nothing to switch on: every chat is end-to-end encrypted'] },
            imessage: {
              steps: ['Use blue-bubble iMessage only', 'Green bubbles are not iMessage: never use them for this'],
            },
            // Telegram: only Secret Chats are end-to-end encrypted.
            telegram: {
              steps: ['Open their profile, then the three-dot menu > Start Secret Chat', 'Use only that Secret Chat for this'],
              note: 'Regular Telegram chats are not end-to-end encrypted; only Secret Chats are.',
            },
            other: { steps: ["Check the app says chats are end-to-end encrypted by default, not just 'secure'"] },
          },
        },
        {
          id: 'whatsappOrSignal',
          label: 'Only WhatsApp or Signal',
          rank: 2,
          clause: 'We send intimate content only on WhatsApp or Signal.',
        },
        {
          id: 'oneChosenApp',
          label: 'One app we pick together, nothing else',
          rank: 3,
          clause: 'We pick one app together for intimate content and keep it out of every other app and chat.',
        },
      ],
      defaultOption: 'oneChosenApp',
    },
    noInsecureChannels,
    {
      kind: 'commitment',
      id: 'accountLock',
      prompt: 'Lock your phone and your account',
      short: 'Screen lock & two-step',
      help: "A borrowed unlocked phone or a stolen code is the easiest way into a chat. Passcodes and PINs stay private, even from each other.",
      affirmation: 'I will keep a screen lock on my phone and two-step verification on my messaging account.',
      clause: 'We both keep a screen lock on our phones and two-step verification on our messaging accounts.',
      settings: {
        // faq.whatsapp.com/1082491466048496 (6-digit PIN + recovery email); Privacy Checkup [2°].
        whatsapp: {
          steps: [
            'Settings > Account > Two-step verification > Turn on',
            "Pick a 6-digit PIN you don't use anywhere else",
            'Add a recovery email you can get into',
            'Settings > Privacy > Privacy checkup: go through each step',
          ],
        },
        signal: { steps: ['Set a Signal PIN if asked', 'Settings > Account > Registration Lock: on'] },
        imessage: { steps: ['Settings > [your name] > Sign-In & Security > Two-Factor Authentication: on'] },
        telegram: {
          steps: ['Settings > Privacy and Security > Two-Step Verification', 'Set a password and a recovery email'],
        },
      },
    },
    {
      kind: 'choice',
      id: 'chatLock',
      prompt: 'Lock our chat inside the app?',
      short: 'Chat lock',
      help: 'A locked chat stays closed even if someone else is holding your unlocked phone.',
      options: [
        {
          id: 'noChatLock',
          label: "My phone's lock is enough",
          rank: 1,
          clause: "We rely on our phones' screen locks for our chat.",
        },
        {
          id: 'lockChat',
          label: 'Lock our chat',
          rank: 2,
          clause: 'We each lock our chat so it needs a face, fingerprint or passcode to open.',
          settings: {
            // Chat Lock [2°].
            whatsapp: { steps: ['Open our chat > tap their name > Chat lock: on'] },
            signal: { steps: ['Settings > Privacy > Screen lock: on'], note: 'This locks all of Signal, not one chat.' },
            imessage: null,
            telegram: {
              steps: ['Settings > Privacy and Security > Passcode Lock: on'],
              note: 'This locks all of Telegram, not one chat.',
            },
          },
        },
        {
          id: 'lockWithSecretCode',
          label: 'Lock it and hide it behind a secret code',
          rank: 3,
          clause: 'We each lock our chat, hide it, and open it with our own secret code.',
          settings: {
            // Chat Lock with secret code, hide locked chats [2°].
            whatsapp: {
              steps: [
                'Open our chat > tap their name > Chat lock: on',
                'In Locked chats, open Chat lock settings > Secret code',
                'Turn on Hide locked chats',
              ],
              note: 'To open it, type your secret code in the chat search bar.',
            },
            signal: {
              steps: ['Settings > Privacy > Screen lock: on'],
              note: 'Signal has no secret code; this locks all of Signal.',
            },
            imessage: null,
            telegram: {
              steps: ['Settings > Privacy and Security > Passcode Lock: on'],
              note: 'Telegram has no secret code for one chat; this locks all of Telegram.',
            },
          },
        },
      ],
      defaultOption: 'lockWithSecretCode',
    },
    {
      kind: 'choice',
      id: 'lockScreenPreviews',
      prompt: 'Show message previews on your lock screen?',
      short: 'Lock-screen previews',
      // faq.whatsapp.com/673193694148537: copies survive in notification previews.
      help: 'Previews show messages to anyone who glances at the phone, and can outlast a disappearing message.',
      options: [
        {
          id: 'showPreviews',
          label: 'Previews are fine',
          rank: 1,
          clause: 'We leave message previews on.',
        },
        {
          id: 'hidePreviews',
          label: 'Hide them',
          rank: 2,
          clause: 'We hide message previews, so nothing from our chat shows on a locked screen.',
          settings: {
            whatsapp: {
              steps: [
                'iPhone: Settings > Notifications > Show preview: off',
                'Android: phone Settings > Notifications: hide sensitive content on the lock screen',
              ],
            },
            signal: { steps: ['Settings > Notifications > Show: no name or message'] },
            imessage: { steps: ['iPhone Settings > Notifications > Show Previews: Never'] },
            telegram: { steps: ['Settings > Notifications and Sounds > Message preview: off'] },
          },
        },
      ],
      defaultOption: 'hidePreviews',
    },
    {
      kind: 'choice',
      id: 'linkedDevicesCheck',
      prompt: 'How often should each of us check our own linked devices?',
      short: 'Linked devices',
      help: "Each of us checks our own account. Checking each other's phones is not part of this.",
      options: [
        {
          id: 'onlyIfWorried',
          label: 'Only if something seems off',
          rank: 1,
          clause: 'We each check our own linked devices if anything seems off.',
          settings: LINKED_DEVICES,
        },
        {
          id: 'monthly',
          label: 'Once a month',
          rank: 2,
          clause: "We each check our own linked devices once a month and log out any we don't recognise.",
          settings: LINKED_DEVICES,
        },
        {
          id: 'weekly',
          label: 'Once a week',
          rank: 3,
          clause: "We each check our own linked devices once a week and log out any we don't recognise.",
          settings: LINKED_DEVICES,
        },
      ],
      defaultOption: 'weekly',
    },
  ],
} satisfies Section;
