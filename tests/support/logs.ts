/**
 * A real pino logger (createLogger, with its redaction) whose lines a test can read: for asserting
 * what reaches the logs, e.g. that no personal data or SQL parameters do.
 */
import { createLogger, type Logger } from '../../api/src/shared/logger.js';

export interface CapturedLogs {
  logger: Logger;
  /** Every line logged so far, as written. */
  text(): string;
  /** Every line logged so far, parsed. */
  entries(): Record<string, unknown>[];
}

export function captureLogs(level = 'info'): CapturedLogs {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(line) });
  return {
    logger,
    text: () => lines.join(''),
    entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
