'use client';

import { useCallback, useEffect, useState } from 'react';

/**
 * What an open draft needs beyond its first screen's code: the templates and the
 * steps that show them, on chunks of their own. They start loading as soon as the
 * wizard's code runs in the browser, alongside the draft's read from this device,
 * and all of them load before the first screen shows, so no step change ever waits.
 */
const load = () =>
  Promise.all([import('@/templates'), import('./section-step'), import('./review-step'), import('./sign-step'), import('./signed-step')]).then(
    ([templates, section, review, sign, signed]) => ({
      findTemplate: templates.findTemplate,
      SectionStep: section.SectionStep,
      ReviewStep: review.ReviewStep,
      SignStep: sign.SignStep,
      SignedStep: signed.SignedStep,
    }),
  );

export type DraftSteps = Awaited<ReturnType<typeof load>>;

let loaded: DraftSteps | null = null;
let loading: Promise<DraftSteps> | null = null;

function start(): Promise<DraftSteps> {
  loading ??= load().then(
    (steps) => (loaded = steps),
    (error: unknown) => {
      // A failed load (offline before it ever arrived) may be tried again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

if (typeof window !== 'undefined') start().catch(() => undefined);

export type DraftStepsState =
  | { readonly status: 'ready'; readonly steps: DraftSteps }
  | { readonly status: 'loading'; retry(): void }
  | { readonly status: 'failed'; retry(): void };

/** The draft's steps once loaded (synchronously from then on), or why not yet. */
export function useDraftSteps(): DraftStepsState {
  const [, setLoaded] = useState(loaded);
  const [failed, setFailed] = useState(false);
  const attempt = useCallback(() => {
    setFailed(false);
    start().then(setLoaded, () => setFailed(true));
  }, []);
  useEffect(() => {
    if (!loaded) attempt();
  }, [attempt]);
  if (loaded) return { status: 'ready', steps: loaded };
  return failed ? { status: 'failed', retry: attempt } : { status: 'loading', retry: attempt };
}
