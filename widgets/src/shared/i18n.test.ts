import { afterEach, describe, expect, it } from 'vitest';
import { defineMessages, formatDateTime, matchLocale, plural, resolveLocale } from './i18n.js';

const pageLang = document.documentElement.lang;
afterEach(() => {
  document.documentElement.lang = pageLang;
});

const nav = (...languages: string[]) => ({ language: languages[0] ?? '', languages });

describe('matchLocale', () => {
  it('maps language tags to a supported locale by their primary subtag', () => {
    expect(matchLocale('de')).toBe('de');
    expect(matchLocale('de-AT')).toBe('de');
    expect(matchLocale('EN_gb')).toBe('en');
    expect(matchLocale(' en-US ')).toBe('en');
  });

  it('answers null for unsupported or empty tags', () => {
    expect(matchLocale('fr-FR')).toBeNull();
    expect(matchLocale('')).toBeNull();
    expect(matchLocale(null)).toBeNull();
    expect(matchLocale('deutsch')).toBeNull();
  });
});

describe('resolveLocale', () => {
  it("prefers the element's own lang attribute", () => {
    const el = document.createElement('div');
    el.setAttribute('lang', 'en');
    document.documentElement.lang = 'de';
    expect(resolveLocale(el, { document, navigator: nav('de-DE') })).toBe('en');
  });

  it("falls back to the page's <html lang>", () => {
    const el = document.createElement('div');
    document.documentElement.lang = 'en-GB';
    expect(resolveLocale(el, { document, navigator: nav('de-DE') })).toBe('en');
  });

  it("falls back to the browser's preferred languages, in order", () => {
    const el = document.createElement('div');
    document.documentElement.lang = '';
    expect(resolveLocale(el, { document, navigator: nav('fr-FR', 'en-US', 'de') })).toBe('en');
  });

  it('skips unsupported values at every level and ends with German', () => {
    const el = document.createElement('div');
    el.setAttribute('lang', 'it');
    document.documentElement.lang = 'fr';
    expect(resolveLocale(el, { document, navigator: nav('es-ES') })).toBe('de');
    expect(resolveLocale(null, {})).toBe('de');
  });

  it('reads the real document and navigator by default', () => {
    document.documentElement.lang = 'en';
    expect(resolveLocale(document.createElement('span'))).toBe('en');
  });
});

describe('defineMessages', () => {
  const messages = defineMessages({
    de: { title: 'Termin buchen', slots: (n: number) => `${n} freie Termine` },
    en: { title: 'Book an appointment', slots: (n: number) => `${n} free slots` },
  });

  it('gives the catalogue of a locale, with parameters', () => {
    expect(messages.for('de').title).toBe('Termin buchen');
    expect(messages.for('en').title).toBe('Book an appointment');
    expect(messages.for('en').slots(3)).toBe('3 free slots');
    expect(messages.de.slots(2)).toBe('2 freie Termine');
  });

  it('makes English keep the German keys and signatures (checked by the compiler)', () => {
    defineMessages({
      de: { a: 'A', b: (name: string) => name },
      // @ts-expect-error -- `b` is missing in English
      en: { a: 'A' },
    });
    defineMessages({
      de: { b: (name: string) => name },
      // @ts-expect-error -- `b` takes a string, not a number
      en: { b: (n: number) => String(n) },
    });
    expect(true).toBe(true);
  });
});

describe('plural and formatDateTime', () => {
  it('pick plural forms by locale', () => {
    const forms = { one: 'Termin', other: 'Termine', zero: 'keine Termine' };
    expect(plural('de', 1, forms)).toBe('Termin');
    expect(plural('de', 4, forms)).toBe('Termine');
    expect(plural('de', 0, forms)).toBe('keine Termine');
    expect(plural('en', 1, { one: 'slot', other: 'slots' })).toBe('slot');
  });

  it('format instants with German and British conventions', () => {
    const instant = '2026-03-29T08:30:00Z';
    const opts = { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' } as const;
    expect(formatDateTime('de', instant, opts)).toBe('29. März 2026 um 10:30');
    expect(formatDateTime('en', instant, opts)).toBe('29 March 2026 at 10:30');
  });
});
