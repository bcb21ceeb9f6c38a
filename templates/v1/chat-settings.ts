import type { ChoiceQuestion, Section } from '../../lib/template/types';
import { CAMERA_NOTICE, disappearing } from './shared';

// Version 1, section: In-chat settings. Frozen: signed agreements render from these exact words.

export const keepInChat = {
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
} satisfies ChoiceQuestion;

export const chatSettings = {
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
    keepInChat,
  ],
} satisfies Section;
