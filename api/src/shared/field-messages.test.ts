import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { collectFieldMessages } from './field-messages.source.js';
import { germanMessage, localMessage, organisationUiLanguage, uiLanguage } from './field-messages.js';

const API_SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Files whose messages never reach a form: start-up configuration and the error formatter's own. */
const NOT_FIELD_MESSAGES = new Set(['config.ts', 'graphql/format-error.ts', 'http/server.ts']);

describe('field messages', () => {
  const found = collectFieldMessages(API_SRC).filter(
    (m) => !NOT_FIELD_MESSAGES.has(relative(API_SRC, m.file)) && /[A-Za-z]{2}/.test(m.text),
  );

  it('finds the messages of schemas, rules and services', () => {
    const texts = new Set(found.map((m) => m.text));
    // One of each kind of position: rules in validate.ts, a parameterised rule, addIssue, a field
    // problem of a service, a `const message` before badInput, password.ts's fail(…).
    for (const text of [
      'Must not be empty',
      'At most 7 characters',
      'Must be an IANA timezone such as Europe/Berlin',
      'Must start with a letter and contain only letters, digits and underscore (at most 40)',
      'Not a topic of your organisation',
      'The password is not correct.',
      'Use at most 7 characters.',
      'Must start with https://',
    ]) {
      expect(texts, text).toContain(text);
    }
    expect(texts.size).toBeGreaterThan(150);
  });

  it('has a German text for every English message in the source', () => {
    const missing = found
      .filter((m) => !m.text.startsWith('Invalid input: ') && germanMessage(m.text) === m.text)
      .map((m) => `${relative(API_SRC, m.file)}:${m.line}: ${m.text}`);
    expect(missing).toEqual([]);
  });

  it('translates numbers and inserted parts, and leaves unknown messages as they are', () => {
    expect(germanMessage('At most 100 characters')).toBe('Höchstens 100 Zeichen');
    expect(germanMessage('At least 1 minute')).toBe('Mindestens 1 Minute');
    expect(germanMessage('At most 20 topics')).toBe('Höchstens 20 Themen');
    expect(germanMessage("Not one of the organisation's languages (de, en)")).toBe(
      'Keine der Sprachen der Organisation (de, en)',
    );
    expect(germanMessage('Invalid input: expected string, received number')).toBe('Ungültige Eingabe: Text erwartet');
    expect(germanMessage('At most 3 widgets')).toBe('At most 3 widgets');
    expect(germanMessage('Something new')).toBe('Something new');
    expect(localMessage('Must not be empty', 'en')).toBe('Must not be empty');
    expect(localMessage('Must not be empty', 'de')).toBe('Darf nicht leer sein');
  });

  it('reads the UI language from Accept-Language', () => {
    expect(uiLanguage('de')).toBe('de');
    expect(uiLanguage('en')).toBe('en');
    expect(uiLanguage('en-GB,en;q=0.9,de;q=0.8')).toBe('en');
    expect(uiLanguage('fr-FR, de;q=0.5, en;q=0.7')).toBe('en');
    expect(uiLanguage('tr, fr;q=0.8')).toBeNull();
    expect(uiLanguage('')).toBeNull();
    expect(uiLanguage(undefined)).toBeNull();
    expect(organisationUiLanguage('en-GB')).toBe('en');
    expect(organisationUiLanguage('de')).toBe('de');
    expect(organisationUiLanguage(undefined)).toBe('de');
  });
});
