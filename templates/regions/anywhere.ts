import type { HelpResource } from '../../lib/template/types';

/**
 * Help that works from any country, always shown beside the chosen country's.
 * Every fact keeps its source; [2°] = secondary. Re-check before each release.
 */

// stopncii.org/faq: 18+, hash made on your own device, case number + PIN, manipulated
// images too; partner platforms only (Meta, TikTok, Reddit, Bing; Google joined Sept 2025:
// engadget 2024-09, f1re.de 2025-09 [2°]).
export const STOPNCII: HelpResource = {
  id: 'stopNcii',
  name: 'StopNCII.org',
  what: 'For adults (18+): helps partner sites block intimate images of you, fakes included.',
  does: "Makes a digital fingerprint of the image on your own device: the image itself is never uploaded. Partner sites and apps (such as Meta's apps, TikTok, Reddit and Bing, and Google since 2025) use it to find and block copies. It reaches partner sites only, never private or encrypted chats. Keep your case number and PIN to follow your case.",
  contact: 'stopncii.org',
  where: 'Anywhere',
  source: 'stopncii.org/faq; partners: engadget 2024-09, f1re.de 2025-09 [2°]',
  audience: 'adults',
  needs: ['images'],
};

// takeitdown.ncmec.org/faq: participating public or unencrypted platforms only; the image
// must be on your device, otherwise use the CyberTipline (review R2).
export const TAKE_IT_DOWN: HelpResource = {
  id: 'takeItDown',
  name: 'Take It Down',
  what: 'For nude or sexual images taken of you before you turned 18, whatever your age now.',
  does: "Helps participating sites find and remove or block the images, using a fingerprint made on your own device. The image needs to be on your device; if it isn't, report to the CyberTipline instead. It doesn't reach private or encrypted chats such as WhatsApp.",
  contact: 'takeitdown.ncmec.org',
  where: 'Anywhere (run by NCMEC in the US)',
  source: 'takeitdown.ncmec.org/faq',
  audience: 'anyone',
  needs: ['images', 'under18'],
};

// Review §6: always show "call your local emergency number". No number is printed:
// it differs by country and the domain sources check none.
export const LOCAL_EMERGENCY: HelpResource = {
  id: 'localEmergency',
  name: 'In an emergency',
  what: 'If you are in danger right now, or someone is threatening to hurt you.',
  does: 'Police and emergency services where you are. If calling feels hard, a helpline can help you plan.',
  contact: 'Call your local emergency number',
  where: 'Anywhere',
  source: 'review-2026-12 §6 (always shown); no number printed because it differs by country',
  audience: 'anyone',
  needs: ['emergency'],
};

// stopstalkerware.org (Coalition Against Stalkerware); techsafety.ca stalkerware guide:
// removing it can alert the person who installed it.
export const STOP_STALKERWARE: HelpResource = {
  id: 'stopStalkerware',
  name: 'Coalition Against Stalkerware',
  what: 'If you think someone is watching your phone.',
  does: 'Explains what stalkerware is, the signs of it, and where to find help. Removing it can alert whoever installed it, so plan with a helpline first.',
  contact: 'stopstalkerware.org',
  where: 'Anywhere',
  source: 'stopstalkerware.org; techsafety.ca stalkerware guide',
  audience: 'anyone',
  needs: ['stalkerware'],
};

/** Shown with every country's list, in this order. */
export const ANYWHERE_RESOURCES: readonly HelpResource[] = [LOCAL_EMERGENCY, STOPNCII, TAKE_IT_DOWN, STOP_STALKERWARE];
