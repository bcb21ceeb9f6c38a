import type { Resource } from '../lib/template/types';

/**
 * Support resources, as plain data. Every fact keeps its source beside it.
 * Re-check phone numbers, hours and partner lists on each service's own
 * site before each release.
 */

// Source: takeitdown.ncmec.org (run by NCMEC; for images taken before 18).
const TAKE_IT_DOWN: Resource = {
  name: 'Take It Down',
  what: 'Free help to get nude or sexual images taken of you before you turned 18 removed from the internet.',
  contact: 'takeitdown.ncmec.org',
  where: 'Worldwide (run by NCMEC, US)',
};

// Source: NCMEC CyberTipline 1-800-843-5678 [2° — secondary source, re-check].
const NCMEC_CYBERTIPLINE: Resource = {
  name: 'NCMEC CyberTipline',
  what: 'Report sexual images of anyone under 18, or someone pressuring a young person for them.',
  contact: '1-800-843-5678',
  where: 'United States',
};

// Source: thehotline.org (National Domestic Violence Hotline, 1-800-799-7233).
const US_DV_HOTLINE: Resource = {
  name: 'National Domestic Violence Hotline',
  what: 'Free, confidential support if a partner pressures, threatens, controls or watches you, online or off.',
  contact: '1-800-799-7233 · thehotline.org',
  where: 'United States',
};

// Source: loveisrespect.org — call 1-866-331-9474, text LOVEIS to 22522 (re-check before release).
const LOVEISRESPECT: Resource = {
  name: 'loveisrespect',
  what: 'Support for dating relationships and digital boundaries, by phone or text.',
  contact: '1-866-331-9474 · text LOVEIS to 22522 · loveisrespect.org',
  where: 'United States',
};

// Source: Revenge Porn Helpline (UK), 0345 6000 459, Mon–Fri 10:00–16:00
// (web address revengepornhelpline.org.uk; re-check the hours there before a release).
const UK_REVENGE_PORN_HELPLINE: Resource = {
  name: 'Revenge Porn Helpline',
  what: 'Advice and help getting intimate images taken down, including when someone threatens to share them.',
  contact: '0345 6000 459 (Mon–Fri, 10am–4pm) · revengepornhelpline.org.uk',
  where: 'United Kingdom',
};

// Source: cybercivilrights.org (CCRI 24/7 Image Abuse Helpline).
// Link only: the helpline number is unverified, so we never print one.
const CCRI: Resource = {
  name: 'Cyber Civil Rights Initiative',
  what: 'A 24/7 helpline for image-based abuse, including threats. The current number is on their site.',
  contact: 'cybercivilrights.org',
  where: 'United States',
};

// Source: stopncii.org — adults (18+) only; hashes are made on your own device,
// the image is not uploaded; you get a case number and PIN to follow the case.
const STOPNCII: Resource = {
  name: 'StopNCII.org',
  what: 'For adults (18+). Makes a digital fingerprint of an image on your own device, without uploading it, so partner platforms can block copies. Keep your case number and PIN.',
  contact: 'stopncii.org',
  where: 'Worldwide',
};

/** Shown when the entry check finds someone under 18. No agreement is produced. */
export const UNDER_18_RESOURCES: readonly Resource[] = [TAKE_IT_DOWN, NCMEC_CYBERTIPLINE];

/** For pressure, threats or control in a relationship. */
export const PRESSURE_RESOURCES: readonly Resource[] = [
  US_DV_HOTLINE,
  LOVEISRESPECT,
  UK_REVENGE_PORN_HELPLINE,
  CCRI,
];

/** For a leak or a threat to share. Take It Down is for images taken under 18. */
export const LEAK_RESOURCES: readonly Resource[] = [
  STOPNCII,
  TAKE_IT_DOWN,
  CCRI,
  UK_REVENGE_PORN_HELPLINE,
];
