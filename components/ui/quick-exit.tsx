'use client';

import { useEffect } from 'react';

/** Where quick exit goes: an ordinary, neutral page (as GOV.UK's "Exit this page" does). */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';
const SHIFT_WINDOW_MS = 5000;

export function quickExit(): void {
  // Blank first so nothing stays on screen while the next page loads.
  document.title = 'Weather';
  document.body.replaceChildren();
  document.documentElement.style.background = '#fff';
  window.location.replace(QUICK_EXIT_URL);
}

/** A visible exit control, plus Shift pressed three times within a few seconds. */
export function QuickExit() {
  useEffect(() => {
    let presses: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Shift' || event.repeat) return;
      const now = Date.now();
      presses = [...presses.filter((at) => now - at < SHIFT_WINDOW_MS), now];
      if (presses.length >= 3) quickExit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A real link, so it leaves even before this page's scripts have run (a slow phone);
  // once they have, the click blanks the page first and replaces this entry in the history.
  return (
    <a
      className="quick-exit"
      href={QUICK_EXIT_URL}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        quickExit();
      }}
    >
      Quick exit
    </a>
  );
}

/**
 * How quick exit works, for the footer. The Shift shortcut is named only where
 * there is a keyboard-like pointer (a hover-capable fine pointer): a phone never
 * hears about a key it does not have. CSS decides, so it is right before any script runs.
 */
export function QuickExitHint() {
  return (
    <p>
      Quick exit: the button at the top<span className="keyboard-only">, or press Shift three times</span>. It hides this page
      and opens a weather site, but it does not clear your browser history.
    </p>
  );
}
