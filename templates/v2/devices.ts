import { SPYWARE_REMOVAL_WARNING } from './notices';
import type { AppSettings } from '../../lib/template/types';
import type { Section } from '../../lib/template/types';

// Review §5.2: iMessage syncs to every device on the Apple Account; WhatsApp Web can stay
// logged in on a shared PC; iCloud Shared Photo Library can add photos from the Camera
// ("Share from Camera" / "when at home"; applemagazine.com).
const OFF_SHARED_DEVICES: AppSettings = {
  whatsapp: {
    steps: ['Settings > Linked devices: log out any shared computer or tablet', 'On a shared computer, log out of WhatsApp Web every time'],
  },
  signal: { steps: ['Settings > Linked devices: remove any shared computer or tablet'] },
  imessage: {
    steps: [
      'On a family iPad or shared Mac: turn iMessage off in its Messages settings, or sign it in to its own Apple Account',
      "Photos: if you use iCloud Shared Library, turn off sharing straight from the Camera",
    ],
  },
  telegram: { steps: ['Settings > Devices: end every session on a shared device'] },
};

/**
 * New in version 2: shared devices and spyware (review §4 "Device compromise and
 * stalkerware", §5.2). Sources: techsafety.ca stalkerware guide; stopstalkerware.org;
 * Safety Check (Settings > Privacy & Security > Safety Check, with its own Quick Exit) [2°].
 */
export const devices: Section = {
  id: 'devices',
  title: 'Shared devices and spyware',
  why: 'Our chat reaches every device signed in to our accounts: a family tablet, a shared laptop, a watch. And a phone someone else has set up or handled can be watched without anyone noticing.',
  aside: {
    title: 'Signs a phone may be watched',
    points: [
      "The battery runs down faster, or the phone feels warm when you're not using it.",
      'It uses much more mobile data than usual.',
      "Apps you don't recognise, or apps allowed to manage the device or use accessibility features.",
      "A profile or 'device management' you didn't set up.",
      "Someone knows things they couldn't: where you've been, what you wrote, who you talked to.",
      SPYWARE_REMOVAL_WARNING,
    ],
  },
  helpNeeds: ['stalkerware', 'abuse'],
  questions: [
    {
      kind: 'commitment',
      id: 'noMonitoring',
      prompt: 'No watching each other',
      short: 'No monitoring',
      help: "Tracking a partner, reading their phone or logging in to their accounts, even out of worry, is control. Trust here comes from talking.",
      affirmation: "I will never install monitoring or tracking apps on my partner's devices, go through their phone, or log into their accounts.",
      clause: "Neither of us installs monitoring or tracking apps on the other's devices, goes through the other's phone, or logs into the other's accounts.",
    },
    {
      kind: 'commitment',
      id: 'ownPhoneCare',
      prompt: 'Our own phones, kept up to date',
      short: 'Phone care',
      help: 'Updates close the gaps spyware uses. Apps from outside the official store, or a shared Apple or Google password, open new ones.',
      affirmation: 'I will keep my phone updated, install apps only from the official store, and keep my Apple or Google password to myself.',
      clause: 'We each keep our phones updated, install apps only from the official app store, and never share our Apple or Google passwords, not even with each other.',
      device: {
        iphone: {
          steps: [
            'Settings > Privacy & Security > Safety Check: review who and what can reach your phone',
            'Settings > General > Software Update: install updates',
          ],
          note: 'Safety Check has its own quick exit button.',
        },
        android: {
          steps: [
            'Install apps only from the Play Store, never from a link or a file',
            "In Settings, search 'device admin' and 'accessibility': check which apps have them",
            'Settings: install system updates',
          ],
        },
      },
    },
    {
      kind: 'choice',
      id: 'sharedDevices',
      prompt: 'What about devices other people use, like a family tablet or a shared computer?',
      short: 'Shared devices',
      help: 'iMessage shows up on every device signed in to the same Apple Account. WhatsApp Web can stay logged in on a shared computer. iCloud Shared Library can add photos straight from the camera.',
      options: [
        {
          id: 'asWeGo',
          label: "I'll keep an eye on it",
          rank: 1,
          clause: 'We each keep an eye on which shared devices our chat reaches.',
        },
        {
          id: 'signedOutOfShared',
          label: 'Sign our chat out of shared devices',
          rank: 2,
          clause: 'Our chat is signed out of every device someone else uses, such as a family tablet or a shared computer.',
          settings: OFF_SHARED_DEVICES,
        },
        {
          id: 'ownPhonesOnly',
          label: 'Only on our own phones',
          rank: 3,
          clause: 'Our chat lives only on our own phones: no shared tablets or computers, and no shared photo libraries.',
          settings: OFF_SHARED_DEVICES,
        },
      ],
      defaultOption: 'ownPhonesOnly',
    },
  ],
};
