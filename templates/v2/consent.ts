import { consent as v1, checkInStyle, noConsequences } from '../v1/consent';
import type { Section } from '../../lib/template/types';

/**
 * 1. How we say yes. Questions unchanged from version 1; the aside now names
 * one-sidedness (review §4, warning signs) and says to talk, never monitor.
 */
export const consent: Section = {
  id: v1.id,
  title: v1.title,
  why: v1.why,
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
      'Only one of you ever sends, or only one of you decides the rules.',
      "Hiding or deleting chats isn't always a warning sign: it can come from embarrassment. Talk about it; going through each other's phones is never the answer.",
      "If any of this sounds familiar, it isn't your fault. Helplines are listed in this app.",
    ],
  },
  questions: [checkInStyle, noConsequences],
  helpNeeds: ['abuse'],
};
