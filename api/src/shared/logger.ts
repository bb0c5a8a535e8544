import pino, { type DestinationStream, type Logger } from 'pino';
import { serializeError } from './log-errors.js';

export type { Logger };

/**
 * Structured JSON logs. Known secret and personal fields are redacted wherever they appear in a
 * logged object; code must still never log message content, passwords or tokens on purpose.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    // Database errors without their statements' values (log-errors.ts).
    serializers: { err: serializeError },
    redact: {
      paths: [
        'password',
        '*.password',
        '*.newPassword',
        '*.token',
        '*.refreshToken',
        '*.accessToken',
        'req.headers.authorization',
        'req.headers.cookie',
        'variables',
        '*.variables',
        '*.email',
        '*.phone',
      ],
      censor: '[redacted]',
    },
  };
  // Tests pass a stream to read what would be logged; otherwise pino writes to stdout.
  return destination ? pino(options, destination) : pino(options);
}
