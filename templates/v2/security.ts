import type { AppSettings } from '../../lib/template/types';
import { security as v1, noInsecureChannels } from '../v1/security';
import { v1Option } from './from-v1';
import type { Section } from '../../lib/template/types';

// faq.whatsapp.com/378279804439436: up to four linked devices, companion phones
// included; unused ones log out after 30 days. signal.org/blog/a-synchronized-start-for-linked-devices:
// a newly linked Desktop or iPad can receive past chats and the last 45 days of media.
const LINKED_DEVICES: AppSettings = {
  whatsapp: {
    steps: ['Settings > Linked devices', "Tap any device you don't recognise > Log out"],
    note: "Up to 4 other devices can be linked: computers, tablets, even another phone. Ones that go unused log out after 30 days. Keep WhatsApp's notifications on, so you see when a new one is linked.",
  },
  signal: {
    steps: ['Settings > Linked devices', "Remove any device you don't recognise"],
    note: 'A newly linked computer or iPad can receive our past chats and the last 45 days of photos and videos.',
  },
  imessage: {
    steps: ['Settings > [your name]: scroll to your devices', "Remove any device you don't recognise"],
    note: 'Every device signed in to your Apple Account can show your messages, including a family iPad or Mac.',
  },
  telegram: { steps: ['Settings > Devices', "End any session you don't recognise"] },
};

// Whole-app lock: iPhone Privacy > Screen lock; Android Privacy > App lock or Fingerprint lock [2°].
// Chat Lock doesn't lock linked computers (thequint 2023) [2°].
const WHATSAPP_APP_LOCK = 'For all of WhatsApp: iPhone: Settings > Privacy > Screen lock; Android: Settings > Privacy > App lock (or Fingerprint lock)';
const WHATSAPP_CHAT_LOCK_NOTE = 'Chat lock only works on the phone where you set it: a linked computer still shows the chat.';

// iOS 18: any app can require Face ID; locked apps also hide their notification previews
// (macrumors via hackintosh.org; fixtechhub; nerdschalk).
// Review §5.4: watches, car screens (CarPlay, Android Auto) and read-aloud notifications.
const WATCH_AND_CAR = 'On a watch, a car screen and read-aloud notifications: turn off notifications from this app there too';

const IMESSAGE_APP_LOCK = 'Long-press the Messages icon > Require Face ID';

/**
 * 4. Our apps and accounts. Fixes review A7, A8, A16, A17, A18, A19, A23 and adds
 * watch, car and spoken previews (§5.4) as a stricter preview option.
 */
export const security: Section = {
  id: v1.id,
  title: v1.title,
  why: v1.why,
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
            // Review A23: iPhone-Android RCS can be end-to-end encrypted since iOS 26.5, carrier-dependent, beta [2°].
            imessage: {
              steps: ["Use only chats marked iMessage, or marked 'Encrypted' with a lock", 'Never plain SMS: it is never encrypted'],
              note: "Some chats between an iPhone and an Android phone now show a lock and 'Encrypted', depending on the phone company. Without that, a green bubble isn't end-to-end encrypted.",
            },
            // Telegram: only Secret Chats are end-to-end encrypted.
            telegram: {
              steps: ['Open their profile, then the three-dot menu > Start Secret Chat', 'Use only that Secret Chat for this'],
              note: 'Regular Telegram chats are not end-to-end encrypted; only Secret Chats are.',
            },
            other: { steps: ["Check the app says chats are end-to-end encrypted by default, not just 'secure'"] },
          },
        },
        v1Option(v1, 'intimateApp', 'whatsappOrSignal'),
        v1Option(v1, 'intimateApp', 'oneChosenApp'),
      ],
      defaultOption: 'oneChosenApp',
    },
    noInsecureChannels,
    {
      kind: 'commitment',
      id: 'accountLock',
      prompt: 'Lock your phone and your account',
      short: 'Screen lock & two-step',
      help: 'A borrowed unlocked phone or a stolen code is the easiest way into a chat. Passcodes and PINs stay private, even from each other.',
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
        // Review A19: paths moved from Privacy to Account [2°].
        signal: {
          steps: ['Settings > Account > Signal PIN: set one', 'Settings > Account > Registration Lock: on'],
          note: 'Older versions of Signal keep these under Privacy.',
        },
        // Review A18: Stolen Device Protection (Settings > Face ID & Passcode) [2°].
        imessage: {
          steps: [
            'Settings > [your name] > Sign-In & Security > Two-Factor Authentication: on',
            'Settings > Face ID & Passcode > Stolen Device Protection: on',
            'Use a passcode nobody else knows, not your birthday',
          ],
          note: 'Stolen Device Protection stops someone who has seen your passcode from taking over your Apple Account.',
        },
        telegram: {
          steps: ['Settings > Privacy and Security > Two-Step Verification', 'Set a password and a recovery email'],
        },
      },
      device: {
        iphone: { steps: ['Settings > Face ID & Passcode > Stolen Device Protection: on'] },
      },
    },
    {
      kind: 'choice',
      id: 'chatLock',
      prompt: 'Lock our chat inside the app?',
      short: 'Chat lock',
      help: 'A locked chat stays closed even if someone else is holding your unlocked phone.',
      options: [
        v1Option(v1, 'chatLock', 'noChatLock'),
        {
          id: 'lockChat',
          label: 'Lock our chat',
          rank: 2,
          clause: 'We each lock our chat so it needs a face, fingerprint or passcode to open.',
          settings: {
            whatsapp: { steps: ['Open our chat > tap their name > Chat lock: on', WHATSAPP_APP_LOCK], note: WHATSAPP_CHAT_LOCK_NOTE },
            signal: { steps: ['Settings > Privacy > Screen lock: on'], note: 'This locks all of Signal, not one chat.' },
            imessage: { steps: [IMESSAGE_APP_LOCK], note: 'This locks all of Messages, not one chat, and hides its previews.' },
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
                WHATSAPP_APP_LOCK,
              ],
              note: `To open it, type your secret code in the chat search bar. ${WHATSAPP_CHAT_LOCK_NOTE}`,
            },
            signal: {
              steps: ['Settings > Privacy > Screen lock: on'],
              note: 'Signal has no secret code; this locks all of Signal.',
            },
            imessage: { steps: [IMESSAGE_APP_LOCK], note: 'iMessage has no secret code or hidden chat; this locks all of Messages.' },
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
      prompt: 'Show message previews on your lock screen, watch or car screen?',
      short: 'Previews',
      // faq.whatsapp.com/673193694148537: copies survive in notification previews. Review §5.4.
      help: 'Previews show messages to anyone who glances at a phone, a watch or a car screen, or hears them read out, and they can outlast a disappearing message.',
      options: [
        v1Option(v1, 'lockScreenPreviews', 'showPreviews'),
        {
          id: 'hidePreviews',
          label: 'Hide them on the lock screen',
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
        {
          id: 'hideEverywhere',
          label: 'Hide them everywhere: lock screen, watch, car',
          rank: 3,
          clause: 'We hide message previews everywhere: on locked screens, watches and car screens, and we turn off messages being read aloud.',
          settings: {
            whatsapp: {
              steps: [
                'iPhone: Settings > Notifications > Show preview: off',
                'Android: phone Settings > Notifications: hide sensitive content on the lock screen',
                WATCH_AND_CAR,
              ],
              // thequint [2°]: a locked chat's notification shows only "WhatsApp: 1 new message".
              note: "With Chat lock on, WhatsApp's notice for our chat doesn't show who it's from or what it says.",
            },
            signal: { steps: ['Settings > Notifications > Show: no name or message', WATCH_AND_CAR] },
            imessage: { steps: ['iPhone Settings > Notifications > Show Previews: Never', WATCH_AND_CAR] },
            telegram: { steps: ['Settings > Notifications and Sounds > Message preview: off', WATCH_AND_CAR] },
          },
          device: {
            iphone: {
              steps: [
                'Settings > Notifications > Announce Notifications: off for our messaging app',
                "Watch: in the Watch app on the phone, turn off notifications or previews from our messaging app",
                "Car: in CarPlay's settings, turn off notifications from our messaging app",
              ],
            },
            android: {
              steps: [
                "Watch: in the watch's app on the phone, turn off notifications from our messaging app",
                "Car: in Android Auto's settings, turn off message notifications",
              ],
            },
            computer: { steps: ['On any linked computer, turn off message previews in the app'] },
          },
        },
      ],
      defaultOption: 'hideEverywhere',
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
};
