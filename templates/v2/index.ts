import type { HelpResource, Section, SectionNote, Template } from '../../lib/template/types';
import { ANYWHERE_RESOURCES } from '../regions/anywhere';
import { COUNTRY_GROUPS } from '../regions/countries';
import { REGIONAL_HELP } from '../regions/help-blocks';
import { intimateMessaging as v1Template } from '../v1';
import { revisiting } from '../v1/revisiting';
import { acknowledgements } from './acknowledgements';
import { asking } from './asking';
import { backups } from './backups';
import { chatSettings } from './chat-settings';
import { consent } from './consent';
import { devices } from './devices';
import { endings } from './endings';
import { hardTimes } from './hard-times';
import { JURISDICTION_NOTE } from './notices';
import { others } from './others';
import { saving } from './saving';
import { security } from './security';
import { sharing } from './sharing';
import { somethingWrong } from './something-wrong';
import { V1_TO_V2 } from './upgrade-map';

/** Version 1 sections that version 2 reuses exactly as they are. */
export const UNCHANGED_FROM_V1 = ['revisiting'] as const;

/** Version 2's sections, in order: new and changed ones from this folder, unchanged ones from version 1. */
export const V2_SECTIONS: readonly Section[] = [
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

/** Every resource once, for checks. */
export const V2_RESOURCES: readonly HelpResource[] = [
  ...ANYWHERE_RESOURCES,
  ...COUNTRY_GROUPS.flatMap((group) => group.resources),
].filter((resource, index, all) => all.findIndex((other) => other.id === resource.id) === index);

/**
 * The intimate-messaging agreement, version 2: what new agreements use.
 * Its printed help without a chosen country is what works anywhere; the chosen
 * country's own help is added by the person's device (see lib/template/help.ts).
 */
export const intimateMessagingV2 = {
  id: 'intimate-messaging',
  version: 2,
  title: 'Our messaging agreement',
  sections: V2_SECTIONS,
  acknowledgements,
  resourceGroups: [{ title: 'Help wherever you are', resources: ANYWHERE_RESOURCES }],
  summary: v1Template.summary,
  review: v1Template.review,
  endingsSectionId: v1Template.endingsSectionId,
  setAside: v1Template.setAside,
  notes: V2_TEMPLATE_NOTES,
  help: REGIONAL_HELP,
  upgrade: V1_TO_V2,
} satisfies Template;
