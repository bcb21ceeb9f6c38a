import type { HelpBlock, TemplateHelp } from '../../lib/template/types';
import { ANYWHERE_RESOURCES, TAKE_IT_DOWN } from './anywhere';
import { COUNTRY_GROUPS, CYBERTIP_CA, ESAFETY, NCMEC_CYBERTIPLINE, REPORT_REMOVE } from './countries';

/**
 * For someone under 18 who reaches the entry check (review R8, NSPCC learning:
 * reassure, don't judge). It never says they did something illegal.
 */
export const UNDER_18_BLOCK: HelpBlock = {
  id: 'under18',
  title: 'This app is only for adults',
  paragraphs: [
    "This agreement is only for two adults, so it stops here. That isn't because you've done anything wrong.",
    "If a nude or sexual photo of you is out there, or someone is pressuring you for one, you are not in trouble for asking for help. The services below are there to help young people, not to judge them, and they can help get images taken down.",
    'In many places the law is strict about sexual images of anyone under 18. That is there to protect you, never to punish you for asking for help.',
  ],
  resources: [TAKE_IT_DOWN, REPORT_REMOVE, NCMEC_CYBERTIPLINE, CYBERTIP_CA, ESAFETY],
};

/** For a worried parent on the support page (review §4). Never a way to watch a child. */
export const WORRIED_PARENT_BLOCK: HelpBlock = {
  id: 'worriedParent',
  title: 'Worried about a young person?',
  paragraphs: [
    "This app is only for adults. It doesn't monitor, track or report on anyone, and it can't show you anyone's messages.",
    'If a nude or sexual image of someone under 18 has been shared, or someone is pressuring them for one, these services can help. Staying calm and not blaming them makes it easier for a young person to come to you again.',
    'A young person can use Take It Down themselves, from anywhere. In the UK, Report Remove is made for them. In the US, anyone can report to the CyberTipline.',
  ],
  resources: [TAKE_IT_DOWN, REPORT_REMOVE, NCMEC_CYBERTIPLINE],
};

/** Help by country, as a template carries it. */
export const REGIONAL_HELP: TemplateHelp = {
  anywhere: ANYWHERE_RESOURCES,
  countries: COUNTRY_GROUPS,
  under18: UNDER_18_BLOCK,
  worriedParent: WORRIED_PARENT_BLOCK,
};
