'use client';

import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { deviceStore } from './use-device-store';

/**
 * The country a person chose for help. It is kept on this device only and
 * never sent anywhere: the help lists are part of the page, so choosing one
 * makes no request at all.
 */

const KEY = 'country';
const CODE = /^[A-Z]{2}$/;
let current: string | null = null;
let loaded = false;
const listeners = new Set<() => void>();

function announce(value: string | null) {
  current = value;
  listeners.forEach((listener) => listener());
}

function load() {
  if (loaded) return;
  loaded = true;
  deviceStore()
    .get('settings', KEY)
    .then((value) => announce(typeof value === 'string' && CODE.test(value) ? value : null))
    .catch(() => announce(null));
}

/** The chosen country code (or null), and a way to change or clear it. */
export function useCountry(): readonly [string | null, (code: string | null) => void] {
  useEffect(load, []);
  const country = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
    () => null,
  );
  const choose = useCallback((code: string | null) => {
    const value = code && CODE.test(code) ? code : null;
    announce(value);
    // Losing the choice costs nothing but picking again, so a storage failure only keeps it for this visit.
    const store = deviceStore();
    (value ? store.put('settings', KEY, value) : store.delete('settings', KEY)).catch(() => undefined);
  }, []);
  return [country, choose] as const;
}
