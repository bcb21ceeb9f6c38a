import { asking as v1, askingFirst, noMeansNo } from '../v1/asking';
import { CYBERFLASHING_NOTE } from './notices';
import type { Section } from '../../lib/template/types';

/**
 * 3. Asking first. Adds the cyberflashing law note (review §4), the phone's
 * nudity blur for anything unasked (§5.5), sending to the wrong chat (§5.10)
 * and checking by voice when "I" ask from a new number (§5.7).
 */
export const asking: Section = {
  id: v1.id,
  title: v1.title,
  why: v1.why,
  notes: [CYBERFLASHING_NOTE],
  questions: [
    askingFirst,
    noMeansNo,
    {
      kind: 'choice',
      id: 'nudityBlur',
      prompt: 'Blur images that may show nudity until you choose to look?',
      short: 'Nudity blur',
      help: "If something arrives that you didn't ask for, a blur lets you decide whether to look, and where.",
      options: [
        {
          id: 'noBlur',
          label: 'No need',
          rank: 1,
          clause: "We don't use our phones' nudity blur.",
        },
        {
          id: 'blurOn',
          label: 'Yes, blur them',
          rank: 2,
          clause: "We each turn on our phone's nudity blur where it has one, so nothing shows until we tap.",
          settings: {
            // Review §5.5: iOS Sensitive Content Warning, Settings > Privacy & Security, off by default.
            imessage: {
              steps: ['Settings > Privacy & Security > Sensitive Content Warning: on'],
              note: "It's off until you turn it on. It blurs in Apple's own apps, such as Messages; not every app uses it.",
            },
          },
          device: {
            iphone: {
              steps: ['Settings > Privacy & Security > Sensitive Content Warning: on'],
              note: "It's off until you turn it on. It blurs in Apple's own apps, such as Messages; not every app uses it.",
            },
          },
        },
      ],
      defaultOption: 'blurOn',
    },
    {
      kind: 'commitment',
      id: 'rightChat',
      prompt: 'The right chat, every time',
      short: 'Right chat',
      // "Delete for everyone" window about 2 days 12 hours [2° only].
      help: "Intimate messages can go astray: to the wrong chat, a group, or a status everyone can see. WhatsApp's 'Delete for everyone' only works for about two and a half days after sending.",
      affirmation: "I will check I'm in our chat before sending anything intimate, and never post it to a group or a status.",
      clause: "We check we're in our own chat before sending anything intimate, never a group or a status. If something goes to the wrong place, we say so straight away and delete it for everyone.",
    },
    {
      kind: 'commitment',
      id: 'checkNewNumbers',
      prompt: "If 'I' ask from a new number",
      short: 'Check new numbers',
      // Impersonation and sextortion scams: RPH FAQ; NCA alert 2024-04 (review §5.7).
      help: 'Scammers pretend to be a partner to get images. A quick call, with voices, settles it.',
      affirmation: "I will call my partner and hear their voice before sending anything to a new number or account that says it's them.",
      clause: "Neither of us sends anything intimate to a new number or account, even one that says it's the other, until we've checked by voice.",
    },
  ],
};
