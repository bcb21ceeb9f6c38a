import type { Template } from '../lib/template/types';
import { intimateMessaging } from './v1';
import { intimateMessagingV2 } from './v2';

/**
 * Every template the app knows. Older versions stay here forever: every
 * agreement signed on one keeps rendering, comparing and fingerprinting as it was.
 */
export const templates: readonly Template[] = [intimateMessaging, intimateMessagingV2];

/** The template a new agreement starts from. */
export const defaultTemplate: Template = intimateMessagingV2;

/** The template with this id and version, or undefined if there is none. */
export function findTemplate(id: string, version: number): Template | undefined {
  return templates.find((t) => t.id === id && t.version === version);
}

/** The newest version of a template, which a couple may move to by revising together. */
export function latestTemplate(id: string): Template | undefined {
  return templates.filter((t) => t.id === id).reduce<Template | undefined>((newest, t) => (newest && newest.version > t.version ? newest : t), undefined);
}
