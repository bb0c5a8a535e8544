import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Known secret and personal fields are redacted wherever they appear in a
 * logged object; code must still never log message content, passwords or tokens on purpose.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
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
    },
    destination,
  );
}
