import type { SectionNote } from '../../lib/template/types';

/**
 * Notices and notes version 2 shares between sections. Sources sit beside each
 * fact; [2°] marks a secondary source. Re-check before each release.
 */

// Same words as version 1: settings reduce copies, not cameras.
export const CAMERA_NOTICE =
  'These settings cut down how many copies exist. None of them can stop someone photographing a screen with another camera.';

// US TAKE IT DOWN Act (signed 2025-05-19) + NCII laws in all 50 states and DC;
// UK SOA 2003 s66B (in force 2024-01-31, threats included); EU Directive 2024/1385
// Art 5 covers making images accessible to the public, and threats: transposition by 2027-06-14.
export const CRIME_NOTICE =
  'Sharing intimate images without consent, or threatening to, is a crime in many places: under US federal law and in every US state, and in the UK. EU countries must make it a crime by June 2027. Nothing in this agreement gives consent to share.';

// Domain brief, "Disclaimers (where)": a jurisdiction note is required.
export const JURISDICTION_NOTE: SectionNote = {
  id: 'jurisdiction',
  kind: 'law',
  text: "Laws differ from country to country, and they change. Where we mention a law, it's to show that help and protection exist, not to say what applies to you. A local helpline or lawyer can tell you where you live.",
  source: 'shared/domain/README.md, Disclaimers: jurisdiction note',
};

// SOA 2003 s66A (cyberflashing), in force 2024-01-31: no5.com; college.police.uk.
export const CYBERFLASHING_NOTE: SectionNote = {
  id: 'cyberflashing',
  kind: 'law',
  text: "In England and Wales, sending someone an image of genitals they didn't ask for can be a crime, often called cyberflashing. Asking first is part of respect everywhere.",
  source: 'Sexual Offences Act 2003 s66A, in force 31 Jan 2024 (no5.com; college.police.uk)',
};

// SOA 2003 s66E via Data (Use and Access) Act 2025 s138; in force 6 Feb 2026 per netsecops [2°].
export const DEEPFAKE_NOTE: SectionNote = {
  id: 'sexualDeepfakes',
  kind: 'law',
  text: "In England and Wales, making a sexual deepfake of an adult without their consent is now a crime in itself, even if it's never shared. Fakes can be reported like real images: StopNCII.org accepts them too.",
  source: 'SOA 2003 s66E via DUA Act 2025 s138, in force 6 Feb 2026 (netsecops) [2°]; stopncii.org/faq',
};

// Apple statement, tidbits.com 2025-02-22 and forbes 2025-02-26 [2°]: no source found showing it restored.
export const ADP_UK_NOTE: SectionNote = {
  id: 'advancedDataProtectionUk',
  kind: 'region',
  text: "Apple's Advanced Data Protection hasn't been available in the UK since February 2025. In the UK, choose to turn iCloud Backup off instead.",
  source: 'Apple statement quoted by tidbits.com 2025-02-22 and forbes 2025-02-26 [2°]; re-check before each release',
};

// Short text for settings notes where the UK gap applies.
export const ADP_UK_SHORT = "Not available in the UK since February 2025: there, choose 'Turn off iCloud Backup'.";

// Removing stalkerware can alert the installer: techsafety.ca stalkerware guide; stopstalkerware.org.
export const SPYWARE_REMOVAL_WARNING =
  'Removing spyware can alert the person who installed it. If you think your phone is being watched, talk to a helpline and make a plan first. stopstalkerware.org explains more.';
