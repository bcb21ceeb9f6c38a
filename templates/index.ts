import type { Template } from '../lib/template/types';
import { intimateMessaging } from './v1';

/** Every template the app knows, newest versions included. */
export const templates = [intimateMessaging] as const;

/** The template a new agreement starts from. */
export const defaultTemplate = intimateMessaging;

/** The template with this id and version, or undefined if there is none. */
export function findTemplate(id: string, version: number): Template | undefined {
  return templates.find((t) => t.id === id && t.version === version);
}
