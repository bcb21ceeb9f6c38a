import type { AppSettings } from '../../lib/template/types';
import { chatSettings as v1, keepInChat } from '../v1/chat-settings';
import { v1Option } from './from-v1';
import { CAMERA_NOTICE } from './notices';
import type { Section } from '../../lib/template/types';

// Telegram Secret Chat timer: off, 1-15 s, 1 min, 1 h, 1 day, 1 week, counted from
// reading (core.telegram.org/blackberry/secretchats; indiatoday 2022). Review A9.
const TELEGRAM_TIMER_NOTE = "Telegram's timer starts when a message is read, so an unread one stays until it's opened. Regular chats have no such timer.";

// iMessage Keep Messages (Settings > Messages > Keep Messages: 30 Days; device-local).
// howtogeek.com/710714; geektips [2°]. Review A10.
const KEEP_MESSAGES = 'Settings > Messages > Keep Messages: 30 Days, on every Apple device you use';

// Signal: default timer for new chats (docs.smarsh.com; signal.org/blog/disappearing-by-default). Review A11.
const SIGNAL_DEFAULT_TIMER = 'For new chats too: Settings > Privacy > Default timer for new chats';

function disappearing(
  whatsapp: string,
  signal: string,
  telegram: string,
  imessage: { readonly steps: readonly string[]; readonly note: string },
  signalNote?: string,
): AppSettings {
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
      steps: [`Open our chat > tap their name > Disappearing messages > ${signal}`, SIGNAL_DEFAULT_TIMER],
      ...(signalNote ? { note: signalNote } : {}),
    },
    imessage,
    telegram: {
      steps: [`In our Secret Chat, set the self-destruct timer to ${telegram}`],
      note: TELEGRAM_TIMER_NOTE,
    },
  };
}

const IMESSAGE_NEAREST = {
  steps: [KEEP_MESSAGES],
  note: "The nearest iMessage has: it clears messages after 30 days, not sooner, and it applies to all of Messages. Delete intimate messages by hand before then.",
};

/**
 * 5. Settings in our chat. Fixes review A9 to A15; keeps the cautious backup
 * wording where WhatsApp's own help contradicts itself (A24).
 */
export const chatSettings: Section = {
  id: v1.id,
  title: v1.title,
  why: v1.why,
  notice: CAMERA_NOTICE,
  questions: [
    {
      kind: 'choice',
      id: 'disappearingMessages',
      prompt: 'Should our messages disappear?',
      short: 'Disappearing messages',
      // faq.whatsapp.com/673193694148537 (contradicts itself on backups: keep cautious wording).
      help: 'Copies can survive in notification previews, quoted replies, forwards and backups made before the timer runs out.',
      options: [
        v1Option(v1, 'disappearingMessages', 'off'),
        {
          id: 'after90Days',
          label: 'After 90 days',
          rank: 2,
          clause: 'Our messages disappear after 90 days.',
          settings: disappearing(
            '90 days',
            '4 weeks',
            '1 week (the longest it offers)',
            {
              steps: [KEEP_MESSAGES],
              note: 'Keep Messages is set on each device and applies to all of Messages, not only our chat.',
            },
            "Signal's presets stop at 4 weeks. A shorter timer still meets this.",
          ),
        },
        {
          id: 'after7Days',
          label: 'After 7 days',
          rank: 3,
          clause: 'Our messages disappear after 7 days.',
          settings: disappearing('7 days', '1 week', '1 week', IMESSAGE_NEAREST),
        },
        {
          id: 'after24Hours',
          label: 'After 24 hours',
          rank: 4,
          clause: 'Our messages disappear after 24 hours.',
          settings: disappearing('24 hours', '1 day', '1 day', IMESSAGE_NEAREST),
        },
      ],
      defaultOption: 'after24Hours',
    },
    {
      kind: 'choice',
      id: 'viewOnce',
      prompt: 'How should intimate photos, videos and voice notes be sent?',
      short: 'View once',
      // Review A12: what each app blocks differs, so the detail sits in each app's note.
      help: 'View once limits what the app lets the other phone do with a photo, video or voice note. What it blocks differs from app to app (see the note under each), and no app can stop another camera.',
      options: [
        v1Option(v1, 'viewOnce', 'sentNormally'),
        {
          id: 'alwaysViewOnce',
          label: 'Always view once',
          rank: 2,
          clause: 'We always send intimate photos, videos and voice notes as view once.',
          settings: {
            // faq.whatsapp.com/1077018839582332; nationalworld quoting the FAQ (A12, A14).
            whatsapp: {
              steps: ['Before sending a photo, video or voice message, tap the 1 icon'],
              note: "WhatsApp blocks screenshots of view-once photos and videos, but a phone's own screen recorder, on iPhone or Android, can still capture a view-once voice message. Unopened ones expire after 14 days, can come back from a backup, and can't be opened on linked computers.",
            },
            // support.signal.org/hc/en-us/articles/360038443071-View-Once-Media (A12).
            signal: {
              steps: ['Before sending a photo or video, tap the ∞ icon so it shows 1x'],
              note: "Photos and videos only, not voice notes. Screenshots aren't blocked on iPhone, and on Android only when Screen security is on. Unopened ones are kept for 45 days.",
            },
            // Audio Messages > Expire: After 2 Minutes; the recipient can still tap Keep (gadgethacks; idownloadblog) [2°]. A13.
            imessage: {
              steps: ['Settings > Messages > Audio Messages > Expire: After 2 Minutes'],
              note: 'This covers voice messages only, and the person receiving one can still tap Keep. iMessage has no view once for photos or video.',
            },
            // telegram.im/blog/secret-chats (A12).
            telegram: {
              steps: ['Send media only in our Secret Chat, with a self-destruct timer on'],
              note: 'The nearest match: media in a Secret Chat is deleted after it is opened. Screenshots are blocked on Android, but on iPhone the sender is only told one was taken.',
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
      // faq.whatsapp.com/715385484388016 (A15).
      help: "It stops the chat being exported, media being saved to our phones automatically, and the chat being used with AI features. It doesn't stop screenshots or forwarding.",
      options: [
        v1Option(v1, 'advancedChatPrivacy', 'off'),
        v1Option(v1, 'advancedChatPrivacy', 'on'),
      ],
      defaultOption: 'on',
    },
    keepInChat,
  ],
};
