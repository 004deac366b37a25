import pino from 'pino';

/** Structured JSON logs (one object a line), so they can be searched and shipped as they are. */
export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'balanza' } });
}

/** A logger that writes nothing: for tests that do not look at logs. */
export const silentLogger = (): Logger => pino({ level: 'silent' });
