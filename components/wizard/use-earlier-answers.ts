'use client';

import { useEffect, useMemo } from 'react';
import { findTemplate } from '@/templates';
import type { Template } from '@/lib/template/types';
import type { Agreement, Draft } from '@/lib/agreement/schema';
import { earlierAnswers, type EarlierAnswer } from '@/lib/agreement/upgrade';
import { useAgreement } from '../session/use-agreement';

// The signed agreement each step of a move reads, kept for this tab: every step mounts afresh, and
// without it each one showed its earlier answers a moment after the step itself (the text jumped).
const readForMove = new Map<string, Agreement>();

/**
 * While a revision moves an agreement to a newer version of its questions:
 * what each question shows (new, or what they had agreed in the earlier words).
 * Undefined for any other draft, and while the signed version is still loading.
 */
export function useEarlierAnswers(template: Template | undefined, revisionOf: Draft['revisionOf']): ReadonlyMap<string, EarlierAnswer> | undefined {
  const id = revisionOf?.agreementId ?? null;
  const { load } = useAgreement(id);
  const loaded = load.status === 'ready' ? load.item : undefined;
  useEffect(() => {
    if (id && loaded) readForMove.set(id, loaded);
  }, [id, loaded]);
  const item = loaded ?? (id ? readForMove.get(id) : undefined);
  const versionNumber = revisionOf?.version;
  return useMemo(() => {
    const version = item?.versions.find((candidate) => candidate.version === versionNumber);
    if (!template || !version || (version.templateId === template.id && version.templateVersion === template.version)) return undefined;
    const from = findTemplate(version.templateId, version.templateVersion);
    const result = from ? earlierAnswers(from, template, version) : undefined;
    return result?.ok ? result.answers : undefined;
  }, [item, versionNumber, template]);
}
