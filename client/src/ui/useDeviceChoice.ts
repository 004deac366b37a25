import { useCallback, useState } from 'react';
import { z } from 'zod';

function readStored<T extends string>(key: string, choices: readonly [T, ...T[]]): T | null {
  try {
    const parsed = z.enum(choices).safeParse(window.localStorage.getItem(key));
    return parsed.success ? (parsed.data as T) : null;
  } catch {
    return null; // Storage refused (private mode): the default applies.
  }
}

/**
 * A choice remembered on this device (localStorage under `key`), e.g. a chart shown as a table. What is
 * stored is checked against `choices`; anything else (an old value, another app's) reads as `fallback`.
 *
 * @example const [view, setView] = useDeviceChoice('balanza.chart.attainment', ['chart', 'table'], 'chart');
 */
export function useDeviceChoice<T extends string>(
  key: string,
  choices: readonly [T, ...T[]],
  fallback: T,
): [T, (choice: T) => void] {
  const [stored, setStored] = useState(() => readStored(key, choices));
  const choose = useCallback(
    (choice: T) => {
      try {
        window.localStorage.setItem(key, choice);
      } catch {
        // Not kept across visits; still switched for now.
      }
      setStored(choice);
    },
    [key],
  );
  return [stored ?? fallback, choose];
}
