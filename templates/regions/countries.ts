import type { CountryGroup, HelpResource } from '../../lib/template/types';

/**
 * Help by country. Only services the shared domain facts check are listed; where a
 * country has no checked service for a need, `gapNote` says so kindly instead of
 * guessing. Sources sit on each entry; [2°] = secondary. Re-check before each release.
 */

// --- United States -------------------------------------------------------------
// thehotline.org; ovc.ojp.gov news (text START to 88788; TTY 800-787-3224).
const US_DV_HOTLINE: HelpResource = {
  id: 'usDvHotline',
  name: 'National Domestic Violence Hotline',
  what: 'Free, confidential support if a partner pressures, threatens, controls or watches you, online or off.',
  does: 'People to talk to by phone, text or online, who can help you make a plan, including for abuse through phones and apps.',
  contact: '1-800-799-7233 · text START to 88788 · TTY 1-800-787-3224 · thehotline.org',
  where: 'United States',
  source: 'thehotline.org; ovc.ojp.gov (text and TTY)',
  audience: 'anyone',
  needs: ['abuse', 'stalkerware'],
};

// loveisrespect.org: 1-866-331-9474, text LOVEIS to 22522, chat (source old: re-check).
const LOVEISRESPECT: HelpResource = {
  id: 'loveisrespect',
  name: 'loveisrespect',
  what: 'Support for dating relationships and digital boundaries, by phone, text or chat.',
  does: 'Someone to talk to about what feels right in a relationship, including boundaries online.',
  contact: '1-866-331-9474 · text LOVEIS to 22522 · loveisrespect.org',
  where: 'United States',
  source: 'loveisrespect.org (confirmed in review R5, but the source is old: re-check)',
  audience: 'anyone',
  needs: ['abuse'],
};

// consumer.ftc.gov (revenge-porn article); ovc.ojp.gov award 15POVC-23-GK-01579 (review R1).
const CCRI: HelpResource = {
  id: 'ccri',
  name: 'Cyber Civil Rights Initiative Image Abuse Helpline',
  what: 'A 24/7 helpline if intimate images of you were shared, or someone threatens to share them.',
  does: 'Support and guidance for image-based abuse, for people in the US and its territories, day or night.',
  contact: '844-878-2274 (844-878-CCRI) · cybercivilrights.org',
  where: 'United States',
  source: 'consumer.ftc.gov; ovc.ojp.gov award 15POVC-23-GK-01579',
  audience: 'anyone',
  needs: ['images'],
};

// takeitdown.ncmec.org/faq ("cybertipline.org or 1-800-THE-LOST"); digitalharm.org (review R4).
export const NCMEC_CYBERTIPLINE: HelpResource = {
  id: 'ncmecCybertipline',
  name: 'NCMEC CyberTipline',
  what: 'Report sexual images of anyone under 18, or someone pressuring a young person for them.',
  does: "The US national reporting line for the sexual exploitation of children. Use it too when the images aren't on your own device, so Take It Down can't help.",
  contact: '1-800-843-5678 (1-800-THE-LOST) · report.cybertip.org',
  where: 'United States',
  source: 'takeitdown.ncmec.org/faq; digitalharm.org',
  audience: 'anyone',
  needs: ['under18', 'report'],
};

// --- United Kingdom ------------------------------------------------------------
// refuge.org.uk: 0808 2000 247, free, 24/7 (review R6).
const REFUGE_HELPLINE: HelpResource = {
  id: 'refugeHelpline',
  name: 'National Domestic Abuse Helpline (Refuge)',
  what: 'Free, confidential support, day or night, if a partner controls, threatens or watches you.',
  does: 'Run by Refuge. Someone to talk to about abuse in a relationship, and help to make a plan.',
  contact: '0808 2000 247 (free, 24/7) · refuge.org.uk',
  where: 'United Kingdom',
  source: 'refuge.org.uk',
  audience: 'anyone',
  needs: ['abuse', 'stalkerware'],
};

// revengepornhelpline.org.uk/faq; swgfl.org.uk (18+, UK); Mon-Fri 10:00-16:00.
const UK_REVENGE_PORN_HELPLINE: HelpResource = {
  id: 'ukRevengePornHelpline',
  name: 'Revenge Porn Helpline',
  what: 'For adults in the UK whose intimate images were shared, or who are threatened with sharing.',
  does: 'Advice and help getting intimate images taken down, fakes and sextortion included. It handles images; for control or abuse in a relationship, the domestic abuse helpline is the one to call.',
  contact: '0345 6000 459 (Mon–Fri, 10am–4pm) · revengepornhelpline.org.uk',
  where: 'United Kingdom',
  source: 'revengepornhelpline.org.uk/faq; swgfl.org.uk',
  audience: 'adults',
  needs: ['images'],
};

// iwf.org.uk/report-remove (review R7).
export const REPORT_REMOVE: HelpResource = {
  id: 'reportRemove',
  name: 'Report Remove (Childline and IWF)',
  what: 'For young people under 18 in the UK with a nude image or video of themselves online.',
  does: 'Run by Childline and the Internet Watch Foundation. It helps a young person report a nude image or video of themselves so it can be taken down where it appears online.',
  contact: 'iwf.org.uk/report-remove',
  where: 'United Kingdom',
  source: 'iwf.org.uk/report-remove',
  audience: 'under18',
  needs: ['under18', 'images'],
};

// Revenge Porn Helpline FAQ: report to the police on 101 (review A25).
const UK_POLICE_101: HelpResource = {
  id: 'ukPolice101',
  name: 'Police, non-emergency',
  what: "To report image abuse, threats or sextortion when it isn't an emergency.",
  does: 'Your local police force. A helpline can help you prepare what to say and what evidence to keep.',
  contact: '101',
  where: 'United Kingdom',
  source: 'Revenge Porn Helpline FAQ (police on 101)',
  audience: 'anyone',
  needs: ['report'],
};

// --- Canada --------------------------------------------------------------------
// cybertip.ca (under 18; 1-866-658-9022); compass.bcsth.ca (review R7, §6).
export const CYBERTIP_CA: HelpResource = {
  id: 'cybertipCa',
  name: 'Cybertip.ca',
  what: 'For young people under 18: report sexual images, sextortion, or someone pressuring a young person.',
  does: "Canada's national tipline for reports about the online sexual exploitation of young people under 18.",
  contact: '1-866-658-9022 · cybertip.ca',
  where: 'Canada',
  source: 'cybertip.ca; compass.bcsth.ca',
  audience: 'under18',
  needs: ['under18', 'images', 'report'],
};

// --- Australia -----------------------------------------------------------------
// esafety.gov.au/report/image-based-abuse: any age, removal and civil-penalty powers.
export const ESAFETY: HelpResource = {
  id: 'eSafety',
  name: 'eSafety Commissioner',
  what: 'Report intimate images shared, or threatened to be shared, without consent, at any age.',
  does: "Australia's online safety regulator. It can help get images removed, and it has legal powers, including civil penalties, against people and platforms.",
  contact: 'esafety.gov.au/report/image-based-abuse',
  where: 'Australia',
  source: 'esafety.gov.au/report/image-based-abuse',
  audience: 'anyone',
  needs: ['images', 'under18', 'report'],
};

// --- New Zealand ---------------------------------------------------------------
// netsafe.org.nz: 0508 NETSAFE (0508 638 723), 7 days.
const NETSAFE: HelpResource = {
  id: 'netsafe',
  name: 'Netsafe',
  what: 'Help with online harm, including intimate images shared or threatened.',
  does: "New Zealand's online safety service: advice and support seven days a week.",
  contact: '0508 638 723 (0508 NETSAFE), 7 days · netsafe.org.nz',
  where: 'New Zealand',
  source: 'netsafe.org.nz',
  audience: 'anyone',
  needs: ['images', 'report'],
};

// --- Ireland -------------------------------------------------------------------
// gov.ie (Coco's Law); Hotline.ie/report.
const HOTLINE_IE: HelpResource = {
  id: 'hotlineIe',
  name: 'Hotline.ie',
  what: 'Report intimate images shared without consent in Ireland.',
  does: "Ireland's service for reporting illegal content online. Sharing intimate images without consent, or threatening to, is a crime in Ireland under Coco's Law.",
  contact: 'hotline.ie/report',
  where: 'Ireland',
  source: "gov.ie (Coco's Law); hotline.ie/report",
  audience: 'anyone',
  needs: ['images', 'report'],
};

// --- Germany -------------------------------------------------------------------
// hateaid.org: 030 252 088 38, beratung@hateaid.org.
const HATEAID: HelpResource = {
  id: 'hateAid',
  name: 'HateAid',
  what: 'Advice and support if you face digital violence, including intimate images shared without consent.',
  does: 'A German organisation that counsels people affected by abuse online and helps them decide what to do.',
  contact: '030 252 088 38 · beratung@hateaid.org · hateaid.org',
  where: 'Germany',
  source: 'hateaid.org',
  audience: 'anyone',
  needs: ['images', 'abuse'],
};

// --- France --------------------------------------------------------------------
// e-Enfance's 3018: free, anonymous, 9am-11pm every day; chat at 3018.fr and an app (review §6;
// mlvenissieux.fr; educnum.fr, a CNIL site). It was set up for young people and their parents.
const FR_3018: HelpResource = {
  id: 'fr3018',
  name: '3018',
  what: 'A free, anonymous national line for digital violence, including intimate images shared without consent.',
  does: 'Run by the charity e-Enfance, set up mainly for young people and their parents: advice by phone or chat, and help asking platforms to take content down.',
  contact: '3018 (free, 9am–11pm every day) · chat at 3018.fr',
  where: 'France',
  source: "e-Enfance's 3018 pages (review §6); mlvenissieux.fr; educnum.fr",
  secondary: true,
  audience: 'anyone',
  needs: ['images', 'report'],
};

// --- Italy ---------------------------------------------------------------------
// gpdp.it/revengeporn: decision within 48 h (innovation.dday.it).
const GARANTE_PRIVACY: HelpResource = {
  id: 'garantePrivacy',
  name: 'Garante Privacy: revenge porn channel',
  what: "If you fear intimate images of you will be shared, ask Italy's data protection authority to step in.",
  does: 'The authority decides within 48 hours whether platforms must block the images.',
  contact: 'gpdp.it/revengeporn',
  where: 'Italy',
  source: 'gpdp.it/revengeporn; innovation.dday.it',
  audience: 'anyone',
  needs: ['images'],
};

// --- India ---------------------------------------------------------------------
// cybercrime.gov.in: women/children section; anonymous option (thewomb.in; nyaymitra.help [2°]).
// 1930: the Ministry of Home Affairs' toll-free line for help lodging a cyber complaint (Lok Sabha
// answer of 11 March 2025, as quoted by indiangovtscheme.com; PIB release quoted by forevernews.in [2°]).
const IN_CYBERCRIME_PORTAL: HelpResource = {
  id: 'inCybercrimePortal',
  name: 'National Cyber Crime Reporting Portal',
  what: 'Report online crimes in India, with a section for crimes against women and children.',
  does: 'A government portal for reporting cybercrime. Reports in the women and children section can be made without giving your name. The 1930 line helps you make a report; it is not a support line.',
  contact: 'cybercrime.gov.in · 1930 (free, help with a report)',
  where: 'India',
  source: 'thewomb.in; nyaymitra.help; MHA Lok Sabha answer 11 Mar 2025 via indiangovtscheme.com and forevernews.in [2°]',
  secondary: true,
  audience: 'anyone',
  needs: ['images', 'report'],
};

// --- Spain ---------------------------------------------------------------------
// 017, INCIBE's "Tu Ayuda en Ciberseguridad": free, confidential, 8am-11pm every day, WhatsApp
// 900 116 117; advises on cyber-harassment and sextortion; does not take police reports
// (diariosur.es 2025-11; antena3.com 2025-10; europasur.es 2025-12) [2°].
const ES_INCIBE_017: HelpResource = {
  id: 'esIncibe017',
  name: '017 Tu Ayuda en Ciberseguridad (INCIBE)',
  what: "Spain's free, confidential helpline for problems online, including harassment and sexual blackmail.",
  does: 'Experts give technical, legal and emotional advice, every day from 8am to 11pm, by phone, WhatsApp or web form. They help you report an incident, but they do not take police reports.',
  contact: '017 · WhatsApp 900 116 117 · incibe.es',
  where: 'Spain',
  source: 'diariosur.es (2025-11); antena3.com (2025-10); europasur.es (2025-12)',
  secondary: true,
  audience: 'anyone',
  needs: ['images', 'report'],
};

// 016: free, 24 hours, many languages; violence against women, including by a partner or ex;
// not on the phone bill; emergencies go to 112 (asturi.as 2024; elperiodicoextremadura.com;
// cadenaser.com) [2°]. One source says the number can stay in the phone's call list.
const ES_016: HelpResource = {
  id: 'es016',
  name: '016',
  what: "Spain's line for any form of violence against women, including from a partner or ex-partner.",
  does: 'Free and confidential, day and night, in many languages: information, legal advice and someone to talk to. It does not show on the phone bill, but it may stay in your phone\'s list of calls. In an emergency, call 112.',
  contact: '016 · WhatsApp 600 000 016',
  where: 'Spain',
  source: 'asturi.as (2024); elperiodicoextremadura.com; cadenaser.com',
  secondary: true,
  audience: 'anyone',
  needs: ['abuse'],
};

// --- Brazil --------------------------------------------------------------------
// helpline.org.br (anonymous chat); Ligue 180 (tiagoaquines [2°]).
const SAFERNET_HELPLINE: HelpResource = {
  id: 'safernetHelpline',
  name: 'SaferNet Brasil helpline',
  what: 'An online chat about online harm, including intimate images shared without consent.',
  does: 'You can chat without giving your name and get advice on what to do next.',
  contact: 'helpline.org.br',
  where: 'Brazil',
  source: 'helpline.org.br',
  audience: 'anyone',
  needs: ['images', 'abuse'],
};

const LIGUE_180: HelpResource = {
  id: 'ligue180',
  name: 'Ligue 180',
  what: "Brazil's line for women facing violence.",
  does: 'A national line where women can get information and support about violence, including from a partner.',
  contact: '180',
  where: 'Brazil',
  source: 'helpline.org.br; tiagoaquines [2°]',
  secondary: true,
  audience: 'adults',
  needs: ['abuse'],
};

/** The countries the picker offers, in this order (ISO 3166-1 alpha-2). */
export const COUNTRY_GROUPS: readonly CountryGroup[] = [
  { code: 'US', name: 'United States', resources: [US_DV_HOTLINE, LOVEISRESPECT, CCRI, NCMEC_CYBERTIPLINE] },
  { code: 'GB', name: 'United Kingdom', resources: [REFUGE_HELPLINE, UK_REVENGE_PORN_HELPLINE, REPORT_REMOVE, UK_POLICE_101] },
  {
    code: 'CA',
    name: 'Canada',
    resources: [CYBERTIP_CA],
    // compass.bcsth.ca: NCDII is a Criminal Code offence; no national line for adults.
    gapNote: "Canada has no national line for adults whose intimate images were shared. Sharing them without consent is a crime there, and your province's victim services can help. The services below also work from Canada.",
  },
  { code: 'AU', name: 'Australia', resources: [ESAFETY] },
  { code: 'NZ', name: 'New Zealand', resources: [NETSAFE] },
  { code: 'IE', name: 'Ireland', resources: [HOTLINE_IE] },
  { code: 'DE', name: 'Germany', resources: [HATEAID] },
  { code: 'FR', name: 'France', resources: [FR_3018] },
  { code: 'IT', name: 'Italy', resources: [GARANTE_PRIVACY] },
  { code: 'ES', name: 'Spain', resources: [ES_INCIBE_017, ES_016] },
  {
    code: 'IN',
    name: 'India',
    resources: [IN_CYBERCRIME_PORTAL],
    gapNote: "We haven't checked a support helpline in India yet, only the reporting portal and its line. The services below work from India too.",
  },
  { code: 'BR', name: 'Brazil', resources: [SAFERNET_HELPLINE, LIGUE_180] },
];

