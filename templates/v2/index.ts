import type { Section, Template } from '../../lib/template/types';
import { ANYWHERE_RESOURCES } from '../regions/anywhere';
import { COUNTRY_GROUPS } from '../regions/countries';
import { acknowledgements } from './acknowledgements';
import { asking } from './asking';
import { backups } from './backups';
import { chatSettings } from './chat-settings';
import { consent } from './consent';
import { devices } from './devices';
import { endings } from './endings';
import { hardTimes } from './hard-times';
import { intimateMessaging as v1Template } from '../v1';
import { revisiting } from '../v1/revisiting';
import { JURISDICTION_NOTE } from './notices';
import { others } from './others';
import { saving } from './saving';
import { security } from './security';
import { sharing } from './sharing';
import type { ResourceV2, SectionNote, SectionV2 } from './types-proposal';
import { somethingWrong } from './something-wrong';

/** Version 1 sections that version 2 reuses exactly as they are. */
export const UNCHANGED_FROM_V1 = ['revisiting'] as const;

/** Version 2's sections, in order: new and changed ones from this folder, unchanged ones from version 1. */
export const V2_SECTIONS: readonly SectionV2[] = [
  consent,
  sharing,
  asking,
  security,
  devices,
  chatSettings,
  saving,
  backups,
  others,
  somethingWrong,
  hardTimes,
  endings,
  revisiting,
];

/** Notes that belong to the whole agreement (landing page and PDF footer). */
export const V2_TEMPLATE_NOTES: readonly SectionNote[] = [JURISDICTION_NOTE];

/** Every resource once, for template-level lists and checks. */
export const V2_RESOURCES: readonly ResourceV2[] = [
  ...ANYWHERE_RESOURCES,
  ...COUNTRY_GROUPS.flatMap((group) => group.resources),
].filter((resource, index, all) => all.findIndex((other) => other.id === resource.id) === index);

// Compile-time proof that version 2's sections are plain Sections to today's code.
const asSections: readonly Section[] = V2_SECTIONS;

/**
 * Version 2 assembled for checks and review. The lead wires the real one up once
 * version 1 is split per section (and helper A's template references land).
 */
export const intimateMessagingV2Draft = {
  id: 'intimate-messaging',
  version: 2,
  title: 'Our messaging agreement',
  sections: asSections,
  acknowledgements,
  resourceGroups: [{ title: 'Help', resources: V2_RESOURCES }],
  summary: v1Template.summary,
  review: v1Template.review,
  endingsSectionId: v1Template.endingsSectionId,
} satisfies Template;
