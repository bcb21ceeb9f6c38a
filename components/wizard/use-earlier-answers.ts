'use client';

import { useMemo } from 'react';
import { findTemplate } from '@/templates';
import type { Template } from '@/lib/template/types';
import type { Draft } from '@/lib/agreement/schema';
import { earlierAnswers, type EarlierAnswer } from '@/lib/agreement/upgrade';
import { useAgreement } from '../session/use-agreement';

/**
 * While a revision moves an agreement to a newer version of its questions:
 * what each question shows (new, or what they had agreed in the earlier words).
 * Undefined for any other draft, and while the signed version is still loading.
 */
export function useEarlierAnswers(template: Template | undefined, revisionOf: Draft['revisionOf']): ReadonlyMap<string, EarlierAnswer> | undefined {
  const { load } = useAgreement(revisionOf?.agreementId ?? null);
  const item = load.status === 'ready' ? load.item : undefined;
  const versionNumber = revisionOf?.version;
  return useMemo(() => {
    const version = item?.versions.find((candidate) => candidate.version === versionNumber);
    if (!template || !version || (version.templateId === template.id && version.templateVersion === template.version)) return undefined;
    const from = findTemplate(version.templateId, version.templateVersion);
    const result = from ? earlierAnswers(from, template, version) : undefined;
    return result?.ok ? result.answers : undefined;
  }, [item, versionNumber, template]);
}
