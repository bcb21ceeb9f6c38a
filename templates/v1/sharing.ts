import type { CommitmentQuestion, Section } from '../../lib/template/types';

// Version 1, section: What we share. Frozen: signed agreements render from these exact words.

export const onlyOurselves = {
  kind: 'commitment',
  id: 'onlyOurselves',
  prompt: 'Only the two of us',
  short: 'Only ourselves',
  affirmation: 'I will only send images of myself.',
  clause: 'We only send images of ourselves, never of anyone else.',
} satisfies CommitmentQuestion;

export const sharing = {
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
    onlyOurselves,
  ],
} satisfies Section;
