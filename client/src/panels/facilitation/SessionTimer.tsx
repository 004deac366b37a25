import { useId, useState } from 'react';
import { ClockIcon } from '../../ui/icons.tsx';
import { useFacilitationText } from './texts.ts';
import { DURATIONS, formatRemaining, plusMinute, remainingMs, timerEnd } from './timer.ts';
import { useTimeUpSignal } from './timeUpSignal.ts';
import { useNow } from './useNow.ts';

interface SessionTimerProps {
  endsAt: number | null;
  canRun: boolean;
  onChange(endsAt: number | null): void;
}

/**
 * The shared countdown: everyone sees the same time left, computed from the stored end time. The
 * facilitator starts it with a duration, adds a minute or stops it; at zero it chimes softly and says so.
 */
export function SessionTimer({ endsAt, canRun, onChange }: SessionTimerProps) {
  const text = useFacilitationText();
  const [minutes, setMinutes] = useState<number>(5);
  const durationId = useId();
  const now = useNow(endsAt !== null);
  const left = remainingMs(endsAt, now);
  const ringing = useTimeUpSignal(endsAt, left);
  const running = left !== null && left > 0;
  const display = left === null ? text.timerIdle : left === 0 ? text.timeUp : formatRemaining(left);
  return (
    <fieldset className="session-timer" data-ringing={ringing ? 'true' : undefined}>
      <legend className="visually-hidden">{text.timer}</legend>
      <ClockIcon />
      <span
        className="session-timer-display"
        data-testid="timer-display"
        data-state={left === null ? 'idle' : running ? 'running' : 'up'}
      >
        {display}
      </span>
      {canRun && !running && (
        <>
          <label htmlFor={durationId} className="visually-hidden">
            {text.duration}
          </label>
          <select
            id={durationId}
            value={minutes}
            onChange={(event) => setMinutes(Number(event.target.value))}
            data-testid="timer-duration"
          >
            {DURATIONS.map((count) => (
              <option key={count} value={count}>
                {text.minutes(count)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-small"
            onClick={() => onChange(timerEnd(Date.now(), minutes))}
            data-testid="timer-start"
          >
            {text.start}
          </button>
        </>
      )}
      {canRun && endsAt !== null && (
        <>
          <button
            type="button"
            className="button button-small"
            aria-label={text.addMinuteLabel}
            onClick={() => onChange(plusMinute(endsAt, Date.now()))}
            data-testid="timer-add-minute"
          >
            {text.addMinute}
          </button>
          <button type="button" className="button button-small" onClick={() => onChange(null)} data-testid="timer-stop">
            {text.stop}
          </button>
        </>
      )}
      <span className="visually-hidden" role="status">
        {ringing ? text.timeUp : ''}
      </span>
    </fieldset>
  );
}
