import type { AppSettings, Template } from '../lib/template/types';
import { LEAK_RESOURCES, PRESSURE_RESOURCES } from './resources';

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

// Shown before in-app settings: they reduce copies; none stops a second camera.
const CAMERA_NOTICE =
  'These settings cut down how many copies exist. None of them can stop someone photographing a screen with another camera.';

// US TAKE IT DOWN Act (2025) + NCII laws in all 50 states and DC; UK SOA 2003
// s66B (in force 2024-01-31); EU Directive 2024/1385 Art 5 (transpose by 2027-06-14).
const CRIME_NOTICE =
  'Sharing intimate images without consent, or threatening to, is a crime in many places: under US federal law and in every US state, in the UK, and across the EU by 2027. Nothing in this agreement gives consent to share.';

// WhatsApp linked devices: faq.whatsapp.com/378279804439436 (up to 4 devices).
const LINKED_DEVICES: AppSettings = {
  whatsapp: {
    steps: ['Settings > Linked devices', "Tap any device you don't recognise > Log out"],
    note: 'Up to 4 computers or tablets can be linked to one account.',
  },
  signal: { steps: ['Settings > Linked devices', "Remove any device you don't recognise"] },
  imessage: {
    steps: ['Settings > [your name]: scroll to your devices', "Remove any device you don't recognise"],
  },
  telegram: { steps: ['Settings > Devices', "End any session you don't recognise"] },
};

// WhatsApp's own settings: Storage and data > Media auto-download; Chats > Save to Photos (iPhone) or Media visibility (Android).
const NO_AUTO_SAVE_WHATSAPP = [
  'Settings > Storage and data > Media auto-download: No media, for each type',
  'iPhone: Settings > Chats > Save to Photos: off',
  'Android: Settings > Chats > Media visibility: off',
] as const;

const NO_AUTO_SAVE_TELEGRAM = [
  'Settings > Data and Storage: turn off automatic media download',
  'Settings > Data and Storage: turn off saving to your gallery or Photos',
] as const;

// Signal disappearing timers 30 s – 4 weeks + custom [2°].
// Telegram: only Secret Chats are end-to-end encrypted.
// iMessage: no disappearing messages, no view once.
function disappearing(whatsapp: string, signal: string, telegramMax: string, signalNote?: string): AppSettings {
  return {
    // faq.whatsapp.com/673193694148537: new messages only; either person can change it.
    whatsapp: {
      steps: [
        `Open our chat > tap their name > Disappearing messages > ${whatsapp}`,
        'For new chats too: Settings > Privacy > Default message timer',
      ],
      note: 'Only new messages disappear. Either of us can change the timer.',
    },
    signal: {
      steps: [`Open our chat > tap their name > Disappearing messages > ${signal}`],
      ...(signalNote ? { note: signalNote } : {}),
    },
    imessage: null,
    telegram: {
      steps: [`In our Secret Chat, set the self-destruct timer to ${telegramMax} or less`],
      note: 'Regular Telegram chats are not end-to-end encrypted; only Secret Chats are.',
    },
  };
}

export const intimateMessaging = {
  id: 'intimate-messaging',
  version: 1,
  title: 'Our messaging agreement',
  sections: [
    // 1. Consent ---------------------------------------------------------------
    {
      id: 'consent',
      title: 'How we say yes',
      why: "A yes given to keep the peace isn't really a yes. Agreeing how we check in makes a no easy to say and easy to hear.",
      // thehotline.org tech-facilitated abuse; loveisrespect digital boundaries.
      aside: {
        title: 'Is this pressure?',
        points: [
          'Being begged, pushed or guilt-tripped into sending something.',
          "Threats: to share what you've sent, or to leave, if you don't send more.",
          'Someone demanding money, more images or sex to keep images private. This is sextortion.',
          'A partner checking your phone, or asking for your passcodes or location.',
          "Being asked for 'proof' of where you are, who you're with or what you're doing.",
          'Sulking, anger or punishment after a no.',
          "If any of this sounds familiar, it isn't your fault. Helplines are listed in this app.",
        ],
      },
      questions: [
        {
          kind: 'choice',
          id: 'checkInStyle',
          prompt: 'How should we check in with each other?',
          short: 'Check-ins',
          // FRIES: plannedparenthooddirect.org/article/what-consent
          help: "A real yes is freely given, can be taken back, knows what it's agreeing to, is keen, and is about one specific thing. Yesterday's yes isn't today's.",
          options: [
            {
              id: 'beforeEachNewKind',
              label: 'Ask before anything new',
              rank: 1,
              clause: 'We check in before any new kind of message, photo or video.',
            },
            {
              id: 'beforeEachExchange',
              label: 'Check in each time we start',
              rank: 2,
              clause: "We check in at the start of every exchange, even for things we've shared before.",
            },
            {
              id: 'explicitYesEveryTime',
              label: 'A clear yes, every single time',
              rank: 3,
              clause: 'We wait for a clear yes before every photo, video or voice note, every time.',
            },
          ],
          defaultOption: 'explicitYesEveryTime',
        },
        {
          kind: 'commitment',
          id: 'noConsequences',
          prompt: 'Saying no',
          short: 'No consequences',
          affirmation: 'I will never make my partner pay for a no: no sulking, guilt, anger or asking again and again.',
          clause: 'A no never has consequences. Either of us can say no, or stop partway, without explaining.',
        },
      ],
    },

    // 2. What we share -----------------------------------------------------------
    {
      id: 'sharing',
      title: 'What we share',
      why: 'Anything sent can outlast the moment. A face, a tattoo or a familiar room is what links an image to a real person.',
      questions: [
        {
          kind: 'choice',
          id: 'contentKinds',
          prompt: 'What are you comfortable sending and receiving?',
          short: 'What we share',
          help: 'Pick what feels right today. Either of us can move further down this list at any time, alone.',
          options: [
            {
              id: 'textVoicePhotosVideo',
              label: 'Text, voice, photos and video',
              rank: 1,
              clause: 'We may share intimate text, voice notes, photos and videos.',
            },
            {
              id: 'noVideo',
              label: 'Text, voice and photos, no video',
              rank: 2,
              clause: 'We may share intimate text, voice notes and photos, but no video.',
            },
            {
              id: 'textAndVoiceOnly',
              label: 'Text and voice only',
              rank: 3,
              clause: 'We keep to intimate text and voice notes: no photos or videos.',
            },
            {
              id: 'nothingForNow',
              label: 'Nothing intimate for now',
              rank: 4,
              clause: "We don't send anything intimate for now.",
            },
          ],
          defaultOption: 'nothingForNow',
        },
        {
          kind: 'choice',
          id: 'identifyingDetails',
          prompt: 'Faces, tattoos, birthmarks and recognisable rooms?',
          short: 'Face, tattoos, rooms',
          help: 'Check the background too: photos on the wall, post, a view from a window.',
          options: [
            {
              id: 'allowed',
              label: "That's fine with me",
              rank: 1,
              clause: 'Faces, tattoos and familiar places may appear in what we send.',
            },
            {
              id: 'avoid',
              label: 'Better to leave them out',
              rank: 2,
              clause: 'We try to keep faces, tattoos, birthmarks and recognisable rooms out of frame.',
            },
            {
              id: 'never',
              label: 'Never',
              rank: 3,
              clause: 'We never include faces, tattoos, birthmarks or anything that shows where we are.',
            },
          ],
          defaultOption: 'never',
        },
        {
          kind: 'commitment',
          id: 'onlyOurselves',
          prompt: 'Only the two of us',
          short: 'Only ourselves',
          affirmation: 'I will only send images of myself.',
          clause: 'We only send images of ourselves, never of anyone else.',
        },
      ],
    },

    // 3. Asking first --------------------------------------------------------------
    {
      id: 'asking',
      title: 'Asking first',
      why: 'Something intimate that arrives unasked can land at the worst moment: at work, on a shared screen, in a notification.',
      questions: [
        {
          kind: 'choice',
          id: 'askingFirst',
          prompt: 'Before something intimate is sent to you?',
          short: 'Asking first',
          help: 'Asking first also means the other person can be somewhere private before it arrives.',
          options: [
            {
              id: 'sendAnyTime',
              label: 'Send whenever you like',
              rank: 1,
              clause: "Either of us may send something intimate at any time, within what we've agreed.",
            },
            {
              id: 'askFirstEachTime',
              label: 'Ask me first, every time',
              rank: 2,
              clause: 'We ask first every time, and only send after a yes.',
            },
            {
              id: 'bothOptInThatDay',
              label: "Only on days we've both said yes",
              rank: 3,
              clause: "Nothing intimate is sent unless we've both said yes that day, and we still ask before each one.",
            },
          ],
          defaultOption: 'bothOptInThatDay',
        },
        {
          kind: 'commitment',
          id: 'noMeansNo',
          prompt: 'No answer is an answer',
          short: 'No means no',
          affirmation: 'I will treat a no, or no answer, as a no.',
          clause: "A no, or no answer, means no. We don't send anyway, and we don't keep asking.",
        },
      ],
    },

    // 4. App and account security ---------------------------------------------------
    {
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
        {
          kind: 'commitment',
          id: 'noInsecureChannels',
          prompt: 'Never by text message, email or shared albums',
          short: 'No SMS, email or albums',
          help: "These aren't end-to-end encrypted, or they copy files to places neither of us controls.",
          affirmation: 'I will never send anything intimate by SMS or MMS, email, or a shared cloud album.',
          clause: 'Neither of us sends anything intimate by SMS or MMS, email, or shared cloud albums.',
        },
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
    },

    // 5. In-chat settings -----------------------------------------------------------
    {
      id: 'chatSettings',
      title: 'Settings in our chat',
      why: 'Every message leaves copies: in the chat, in previews, in replies and in backups. These settings shrink how many there are and how long they last.',
      notice: CAMERA_NOTICE,
      questions: [
        {
          kind: 'choice',
          id: 'disappearingMessages',
          prompt: 'Should our messages disappear?',
          short: 'Disappearing messages',
          // faq.whatsapp.com/673193694148537
          help: 'Copies can survive in notification previews, quoted replies, forwards and backups made before the timer runs out.',
          options: [
            {
              id: 'off',
              label: 'Keep messages',
              rank: 1,
              clause: 'Our messages stay until we delete them.',
            },
            {
              id: 'after90Days',
              label: 'After 90 days',
              rank: 2,
              clause: 'Our messages disappear after 90 days.',
              settings: disappearing(
                '90 days',
                '4 weeks',
                '90 days',
                "Signal's presets stop at 4 weeks. A shorter timer still meets this.",
              ),
            },
            {
              id: 'after7Days',
              label: 'After 7 days',
              rank: 3,
              clause: 'Our messages disappear after 7 days.',
              settings: disappearing('7 days', '1 week', '1 week'),
            },
            {
              id: 'after24Hours',
              label: 'After 24 hours',
              rank: 4,
              clause: 'Our messages disappear after 24 hours.',
              settings: disappearing('24 hours', '1 day', '1 day'),
            },
          ],
          defaultOption: 'after24Hours',
        },
        {
          kind: 'choice',
          id: 'viewOnce',
          prompt: 'How should intimate photos, videos and voice notes be sent?',
          short: 'View once',
          // faq.whatsapp.com/1077018839582332
          help: 'View once blocks saving, forwarding and screenshots in the app. Another camera can still capture it, and so can an Android screen recorder for voice.',
          options: [
            {
              id: 'sentNormally',
              label: 'As normal messages',
              rank: 1,
              clause: 'We may send intimate photos, videos and voice notes as normal messages.',
            },
            {
              id: 'alwaysViewOnce',
              label: 'Always view once',
              rank: 2,
              clause: 'We always send intimate photos, videos and voice notes as view once.',
              settings: {
                whatsapp: {
                  steps: ['Before sending a photo, video or voice message, tap the 1 icon'],
                  note: 'Unopened view-once messages expire after 14 days.',
                },
                // Signal view-once [2°].
                signal: { steps: ['Before sending a photo or video, tap the ∞ icon so it shows 1x'] },
                imessage: null,
                telegram: {
                  steps: ['Send media only in our Secret Chat, with a self-destruct timer on'],
                  note: 'Closest match: media in a Secret Chat with a timer is deleted after it is opened.',
                },
              },
            },
          ],
          defaultOption: 'alwaysViewOnce',
        },
        {
          kind: 'choice',
          id: 'advancedChatPrivacy',
          prompt: "Turn on WhatsApp's Advanced Chat Privacy for our chat?",
          short: 'Advanced Chat Privacy',
          // Advanced Chat Privacy (Apr 2025) [2°].
          help: "It stops the chat being exported, media auto-downloading and the chat being used with AI features. It doesn't stop screenshots or forwarding.",
          options: [
            {
              id: 'off',
              label: 'Leave it off',
              rank: 1,
              clause: 'We leave Advanced Chat Privacy off.',
            },
            {
              id: 'on',
              label: 'Turn it on',
              rank: 2,
              clause: 'We turn on Advanced Chat Privacy in our chat.',
              settings: {
                whatsapp: { steps: ['Open our chat > tap their name > Advanced chat privacy: on'] },
              },
            },
          ],
          defaultOption: 'on',
        },
        {
          kind: 'choice',
          id: 'keepInChat',
          prompt: 'Can a disappearing message be kept?',
          short: 'Keep in chat',
          // faq.whatsapp.com/728928448599090: the sender is told and can undo it.
          help: 'Keeping a message stops it disappearing. The sender is told and can undo it.',
          options: [
            {
              id: 'allowed',
              label: 'Either of us can keep messages',
              rank: 1,
              clause: 'Either of us may keep a disappearing message.',
            },
            {
              id: 'withSendersOk',
              label: "Only with the sender's OK",
              rank: 2,
              clause: 'We only keep a disappearing message if the person who sent it says yes.',
            },
            {
              id: 'neverForIntimate',
              label: 'Never keep intimate ones',
              rank: 3,
              clause: 'We never keep intimate messages that are set to disappear.',
            },
          ],
          defaultOption: 'neverForIntimate',
        },
      ],
    },

    // 6. Saving on the receiving phone ---------------------------------------------
    {
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
    },

    // 7. Backups --------------------------------------------------------------------
    {
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
    },

    // 8. Other people and AI tools (cannot be loosened) -----------------------------
    {
      id: 'others',
      title: 'Other people, apps and AI',
      why: 'Once something is shown, sent on or uploaded, neither of us can call it back.',
      notice: CRIME_NOTICE,
      questions: [
        {
          kind: 'commitment',
          id: 'neverShowAnyone',
          prompt: 'Nobody else, ever',
          short: 'Never show anyone',
          affirmation: 'I will never show, forward, post or describe anything intimate of ours to anyone, now or after we part.',
          clause: 'Neither of us will ever show, forward, post or describe anything intimate to anyone else, during or after our relationship.',
        },
        {
          kind: 'commitment',
          id: 'noAppsOrAi',
          prompt: 'No other apps, AI tools or clouds',
          short: 'No apps or AI',
          help: 'Uploading hands a copy to someone else. Fake or edited intimate images are covered by the law in many places too.',
          affirmation: 'I will never put anything intimate of ours into another app, AI tool or cloud, or make fake images of my partner.',
          clause: 'Neither of us puts anything intimate into another app, AI tool, editor or cloud service, or makes fake or edited intimate images of the other.',
        },
        {
          kind: 'commitment',
          id: 'noBlanketConsent',
          prompt: "No 'share it if you like'",
          short: 'No blanket consent',
          // Sexual Offences Act 2003 s66B(6)(a) (England & Wales): "consent" includes general consent.
          help: 'In England and Wales, the law can treat a general yes as consent to share. So we never give one, not even as a joke.',
          affirmation: 'I will never give, ask for or assume general permission to share.',
          clause: 'Neither of us gives, asks for or assumes any general permission to share. Nothing here reaches beyond the two of us.',
        },
      ],
    },

    // 9. If something goes wrong ----------------------------------------------------
    {
      id: 'somethingWrong',
      title: 'If something goes wrong',
      why: 'Phones get lost and accounts get taken over, even when both of us are careful. Acting quickly and together limits how far anything spreads.',
      checklist: {
        title: 'What to do',
        items: [
          "Log out every linked device you don't recognise (WhatsApp: Settings > Linked devices).",
          'Change your two-step verification PIN (WhatsApp: Settings > Account > Two-step verification).',
          "Lost phone? Lock or wipe it remotely with your phone maker's find-my-device service.",
          "Keep evidence: save threats, usernames, links and dates. Don't delete threats.",
          "Report the post or account to the platform it's on.",
          '18 or over: StopNCII.org can help block copies. Taken under 18: use Take It Down.',
          'Call or message one of the helplines listed in this app.',
          "Contain first. Blame doesn't help.",
        ],
      },
      questions: [
        {
          kind: 'choice',
          id: 'tellEachOther',
          prompt: 'If your phone is lost, your account hacked, or something leaks or is threatened, how soon do you tell me?',
          short: 'Telling each other',
          options: [
            {
              id: 'within48Hours',
              label: 'Within 48 hours',
              rank: 1,
              clause: 'We tell each other within 48 hours about a lost phone, a hacked account, a leak or a threat.',
            },
            {
              id: 'within24Hours',
              label: 'Within 24 hours',
              rank: 2,
              clause: 'We tell each other within 24 hours about a lost phone, a hacked account, a leak or a threat.',
            },
            {
              id: 'asSoonAsWeCan',
              label: 'As soon as possible',
              rank: 3,
              clause: 'We tell each other as soon as we can about a lost phone, a hacked account, a leak or a threat.',
            },
          ],
          defaultOption: 'asSoonAsWeCan',
        },
        {
          kind: 'commitment',
          id: 'containNotBlame',
          prompt: 'Contain, not blame',
          short: "Contain, don't blame",
          affirmation: 'I will focus on stopping the spread, not on blame.',
          clause: "If something goes wrong, we deal with it together: we contain it first, and we don't blame each other for telling.",
        },
      ],
    },

    // 10. Endings -------------------------------------------------------------------
    {
      id: 'endings',
      title: 'Deleting and endings',
      why: 'Copies hide well beyond the chat. Nobody can promise every copy is gone forever, but a clear plan gets close.',
      notice: CRIME_NOTICE,
      checklist: {
        title: 'Where copies hide',
        items: [
          'The chat itself, including starred and kept messages',
          'The gallery, and any locked or hidden folder',
          "iPhone's Recently Deleted (kept about 30 days)",
          'Google Photos trash (kept about 60 days)',
          'Chat backups and phone backups',
          'Linked devices and desktop apps',
          'Exported chats and downloaded files',
          'Other phones, tablets and computers',
          'When done, confirm it to each other in writing',
        ],
      },
      questions: [
        {
          kind: 'choice',
          id: 'whatGetsDeleted',
          prompt: 'When it is time, what gets deleted?',
          short: 'What gets deleted',
          options: [
            {
              id: 'whatIReceived',
              label: 'What I received',
              rank: 1,
              clause: 'Each of us deletes everything intimate we received from the other.',
            },
            {
              id: 'everythingBothWays',
              label: 'Everything, sent and received',
              rank: 2,
              clause: 'Each of us deletes everything intimate, both what we received and what we sent.',
            },
            {
              id: 'everythingEverywhere',
              label: 'Everything, everywhere',
              rank: 3,
              clause: 'Each of us deletes everything intimate we sent or received, including backups, Recently Deleted and trash, exports and other devices.',
            },
          ],
          defaultOption: 'everythingEverywhere',
        },
        {
          kind: 'choice',
          id: 'deletionDeadline',
          prompt: 'How soon?',
          short: 'Deletion deadline',
          options: [
            {
              id: 'within7Days',
              label: 'Within 7 days',
              rank: 1,
              clause: 'We finish deleting within 7 days, then confirm it to each other in writing.',
            },
            {
              id: 'within48Hours',
              label: 'Within 48 hours',
              rank: 2,
              clause: 'We finish deleting within 48 hours, then confirm it to each other in writing.',
            },
            {
              id: 'within24Hours',
              label: 'Within 24 hours',
              rank: 3,
              clause: 'We finish deleting within 24 hours, then confirm it to each other in writing.',
            },
          ],
          defaultOption: 'within24Hours',
        },
        {
          kind: 'choice',
          id: 'deletionTrigger',
          prompt: 'When does deleting happen?',
          short: 'When we delete',
          options: [
            {
              id: 'afterBreakup',
              label: 'If we break up',
              rank: 1,
              clause: 'We delete when our relationship ends.',
            },
            {
              id: 'wheneverAsked',
              label: 'Whenever either of us asks',
              rank: 2,
              clause: 'We delete whenever either of us asks, with no reason needed, and always if we break up.',
            },
          ],
          defaultOption: 'wheneverAsked',
        },
        {
          kind: 'commitment',
          id: 'noLeverage',
          prompt: 'Never kept, never used',
          short: 'No leverage',
          affirmation: "I will never keep anything 'just in case' or use it as leverage.",
          clause: "Neither of us keeps anything 'just in case' or uses it as leverage. Threatening to share is abuse, and may be a crime.",
        },
      ],
    },

    // 11. Revisiting ----------------------------------------------------------------
    {
      id: 'revisiting',
      title: 'Coming back to this',
      why: 'Lives, phones and feelings change. A regular look keeps this agreement about who we are now.',
      questions: [
        {
          kind: 'choice',
          id: 'reviewCadence',
          prompt: 'How often should we look at this again?',
          short: 'Review',
          help: 'Either of us can tighten a term at any time. Loosening one needs us both.',
          options: [
            {
              id: 'every6Months',
              label: 'Every 6 months',
              rank: 1,
              clause: 'We look at this agreement together every 6 months.',
            },
            {
              id: 'every3Months',
              label: 'Every 3 months',
              rank: 2,
              clause: 'We look at this agreement together every 3 months.',
            },
            {
              id: 'everyMonth',
              label: 'Every month',
              rank: 3,
              clause: 'We look at this agreement together every month.',
            },
          ],
          defaultOption: 'everyMonth',
        },
        {
          kind: 'commitment',
          id: 'afterBigChange',
          prompt: 'After big changes',
          short: 'After big changes',
          affirmation: 'I will ask to revisit this after any big change.',
          clause: 'We also revisit after any big change: a new phone or app, a move, a scare, or feelings shifting.',
        },
      ],
    },
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
} satisfies Template;
