import { others as v1, neverShowAnyone, noBlanketConsent } from '../v1/others';
import { CRIME_NOTICE, DEEPFAKE_NOTE, JURISDICTION_NOTE } from './notices';
import type { Section } from '../../lib/template/types';

/**
 * 8. Other people, apps and AI (cannot be loosened). Softer EU wording (review T5),
 * AI that reads the screen (§5.6) and the sexual-deepfake law note (§4).
 */
export const others: Section = {
  id: v1.id,
  title: v1.title,
  why: v1.why,
  notice: CRIME_NOTICE,
  notes: [DEEPFAKE_NOTE, JURISDICTION_NOTE],
  helpNeeds: ['images'],
  questions: [
    neverShowAnyone,
    {
      kind: 'commitment',
      id: 'noAppsOrAi',
      prompt: 'No other apps, AI tools or clouds',
      short: 'No apps or AI',
      // Windows Recall; Signal Desktop blocks it by default (cybernews.com). Review §5.6.
      help: "Uploading hands a copy to someone else. Some computers now have AI that takes snapshots of the screen, such as Windows Recall, so keep it off wherever intimate messages are open. Fake or edited intimate images are covered by the law in many places too.",
      affirmation: 'I will never put anything intimate of ours into another app, AI tool or cloud, let an AI feature read it from my screen, or make fake images of my partner.',
      clause: "Neither of us puts anything intimate into another app, AI tool, editor or cloud service, lets an AI feature read it from the screen, or makes fake or edited intimate images of the other.",
      settings: {
        // faq.whatsapp.com/715385484388016: Advanced Chat Privacy keeps the chat out of AI features.
        whatsapp: { steps: ['Open our chat > tap their name > Advanced chat privacy: on'] },
        signal: { steps: ['Desktop (Windows): Settings > Privacy > Screen security: keep it on'] },
      },
      device: {
        computer: {
          steps: ["Windows: turn off Recall's snapshots in Settings > Privacy & security", 'On any computer, keep screen-reading AI features off while intimate messages are open'],
        },
      },
    },
    noBlanketConsent,
  ],
};
