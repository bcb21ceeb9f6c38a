import { sharing as v1, onlyOurselves } from '../v1/sharing';
import { v1Option } from './from-v1';
import type { Section } from '../../lib/template/types';

/**
 * 2. What we share. Clauses now read as limits, not as a yes given in advance
 * (review T3); live video calls and file metadata are new (review §4, §5.1);
 * more identifying details (§5.3).
 */
export const sharing: Section = {
  id: v1.id,
  title: v1.title,
  why: v1.why,
  questions: [
    {
      kind: 'choice',
      id: 'contentKinds',
      prompt: 'What are you comfortable sending and receiving?',
      short: 'What we share',
      help: 'These are limits, not a yes in advance: each message still needs a yes at the time. Either of us can move further down this list at any time, alone.',
      options: [
        {
          id: 'textVoicePhotosVideo',
          label: 'Text, voice, photos and video',
          rank: 1,
          clause: 'Within our limits: intimate text, voice notes, photos and videos. Each one still needs a yes at the time.',
        },
        {
          id: 'noVideo',
          label: 'Text, voice and photos, no video',
          rank: 2,
          clause: 'Within our limits: intimate text, voice notes and photos, but no video. Each one still needs a yes at the time.',
        },
        {
          id: 'textAndVoiceOnly',
          label: 'Text and voice only',
          rank: 3,
          clause: 'We keep to intimate text and voice notes, with no photos or videos. Each one still needs a yes at the time.',
        },
        v1Option(v1, 'contentKinds', 'nothingForNow'),
      ],
      defaultOption: 'nothingForNow',
    },
    {
      kind: 'choice',
      id: 'videoCalls',
      prompt: 'Intimate live video calls?',
      short: 'Video calls',
      // Review §4: calls can be screen-recorded; nothing blocks or reports it.
      help: "A live call can be recorded on the other phone, by its screen recorder or by another camera, and the app won't warn you.",
      options: [
        {
          id: 'intimateCallsOk',
          label: "That's fine with me",
          rank: 1,
          clause: 'Intimate video calls are within our limits. Each one still needs a yes at the time.',
        },
        {
          id: 'noIntimateCalls',
          label: 'No intimate video calls',
          rank: 2,
          clause: "We don't have intimate video calls.",
        },
      ],
      defaultOption: 'noIntimateCalls',
    },
    {
      kind: 'commitment',
      id: 'noRecordingCalls',
      prompt: 'Calls stay live',
      short: 'No recording calls',
      affirmation: 'I will never record, screenshot or photograph a call with my partner.',
      clause: 'Neither of us ever records, screenshots or photographs our calls.',
    },
    {
      kind: 'choice',
      id: 'identifyingDetails',
      prompt: 'Faces, tattoos, birthmarks and recognisable rooms?',
      short: 'Face, tattoos, rooms',
      // Review §5.3.
      help: 'Check the background too: photos on the wall, post, a view from a window, mirrors and reflections, jewellery, distinctive bedding. A voice, or a name said out loud, can identify someone as well.',
      options: [
        v1Option(v1, 'identifyingDetails', 'allowed'),
        v1Option(v1, 'identifyingDetails', 'avoid'),
        {
          id: 'never',
          label: 'Never',
          rank: 3,
          clause: 'We never include faces, tattoos, birthmarks, names, or anything that shows who we are or where we are.',
        },
      ],
      defaultOption: 'never',
    },
    {
      kind: 'commitment',
      id: 'noFilesOrLocation',
      prompt: 'No files, no location',
      short: 'No files or location',
      // Review §5.1: a normal WhatsApp photo loses its EXIF data; "Send as Document" keeps GPS; same for Telegram files (metaclean.app; stripexif [2°]).
      help: 'A photo sent the usual way in WhatsApp loses its hidden details. Sent as a document or file, in WhatsApp or Telegram, it keeps them, including where it was taken.',
      affirmation: "I will never send intimate photos or videos as files or documents, and I'll keep location off them.",
      clause: 'We never send intimate photos or videos as files or documents, and we keep location details off them.',
      settings: {
        whatsapp: { steps: ['Send photos and videos with the camera or gallery button, never with Document'] },
        telegram: { steps: ['Send photos and videos as media, never as a file'] },
        imessage: { steps: ['When you share a photo, tap Options at the top of the share sheet > Location: off'] },
        other: { steps: ["Never attach intimate photos as files; check the app's location options before sharing"] },
      },
      device: {
        iphone: { steps: ['When you share a photo, tap Options at the top of the share sheet > Location: off'] },
      },
    },
    onlyOurselves,
  ],
};
