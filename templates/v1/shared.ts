import type { AppSettings } from '../../lib/template/types';

/** Words and settings several version-1 sections share. */

// Shown before in-app settings: they reduce copies; none stops a second camera.
export const CAMERA_NOTICE =
  'These settings cut down how many copies exist. None of them can stop someone photographing a screen with another camera.';

// US TAKE IT DOWN Act (2025) + NCII laws in all 50 states and DC; UK SOA 2003
// s66B (in force 2024-01-31); EU Directive 2024/1385 Art 5 (transpose by 2027-06-14).
export const CRIME_NOTICE =
  'Sharing intimate images without consent, or threatening to, is a crime in many places: under US federal law and in every US state, in the UK, and across the EU by 2027. Nothing in this agreement gives consent to share.';

// WhatsApp linked devices: faq.whatsapp.com/378279804439436 (up to 4 devices).
export const LINKED_DEVICES: AppSettings = {
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
export const NO_AUTO_SAVE_WHATSAPP = [
  'Settings > Storage and data > Media auto-download: No media, for each type',
  'iPhone: Settings > Chats > Save to Photos: off',
  'Android: Settings > Chats > Media visibility: off',
] as const;

export const NO_AUTO_SAVE_TELEGRAM = [
  'Settings > Data and Storage: turn off automatic media download',
  'Settings > Data and Storage: turn off saving to your gallery or Photos',
] as const;

// Signal disappearing timers 30 s – 4 weeks + custom [2°].
// Telegram: only Secret Chats are end-to-end encrypted.
// iMessage: no disappearing messages, no view once.
export function disappearing(whatsapp: string, signal: string, telegramMax: string, signalNote?: string): AppSettings {
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
