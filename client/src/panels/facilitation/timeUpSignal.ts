import { useEffect, useRef, useState } from 'react';

/** A soft two-note chime (Web Audio, no file to load); silent when the browser does not allow sound yet. */
function chime(): void {
  try {
    const audio = new AudioContext();
    const gain = audio.createGain();
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.08, audio.currentTime + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.9);
    gain.connect(audio.destination);
    for (const [frequency, at] of [
      [660, 0],
      [880, 0.25],
    ] as const) {
      const tone = audio.createOscillator();
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(audio.currentTime + at);
      tone.stop(audio.currentTime + 0.9);
    }
    window.setTimeout(() => void audio.close(), 1200);
  } catch {
    // No audio (autoplay policy, no device): the visual and spoken signal still happen.
  }
}

/**
 * True for a few seconds after the timer reaches zero, with a chime. Only a countdown this page saw
 * running rings: a late joiner or a reload after the end does not get an old alarm.
 */
export function useTimeUpSignal(endsAt: number | null, left: number | null, showMs = 8_000): boolean {
  const armedFor = useRef<number | null>(null);
  const [ringing, setRinging] = useState(false);
  useEffect(() => {
    if (endsAt === null) {
      armedFor.current = null;
      setRinging(false);
      return;
    }
    if (left !== null && left > 0) {
      armedFor.current = endsAt;
      setRinging(false);
      return;
    }
    if (left === 0 && armedFor.current === endsAt) {
      armedFor.current = null;
      setRinging(true);
      chime();
      const stop = window.setTimeout(() => setRinging(false), showMs);
      return () => window.clearTimeout(stop);
    }
  }, [endsAt, left, showMs]);
  return ringing;
}
