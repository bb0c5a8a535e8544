import { describe, expect, it } from 'vitest';
import {
  canonicalTimezone,
  isIsoDate,
  isWebAddress,
  normaliseHolidayRegion,
  normaliseOrigin,
  UpdateOrganisationSchema,
} from './organisation.rules.js';

describe('normaliseOrigin', () => {
  it('accepts bare http(s) origins and normalises them as browsers send them', () => {
    expect(normaliseOrigin('https://www.Example.ORG')).toBe('https://www.example.org');
    expect(normaliseOrigin('HTTPS://example.org:8443')).toBe('https://example.org:8443');
    expect(normaliseOrigin('https://example.org:443')).toBe('https://example.org');
    expect(normaliseOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(normaliseOrigin('  https://bücher.de ')).toBe('https://xn--bcher-kva.de');
  });

  it('refuses paths, queries, fragments, credentials, wildcards and other schemes', () => {
    for (const bad of [
      'https://example.org/widgets',
      'https://example.org?x=1',
      'https://example.org/#top',
      'https://user:pw@example.org',
      'ftp://example.org',
      'javascript:alert(1)',
      '*',
      'https://*.example.org',
      'example.org',
      '',
      'https://',
    ]) {
      expect(normaliseOrigin(bad), bad).toBeNull();
    }
  });
});

describe('canonicalTimezone', () => {
  it('accepts IANA zones and rejects the rest', () => {
    expect(canonicalTimezone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(canonicalTimezone('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(canonicalTimezone('Mars/Olympus')).toBeNull();
    expect(canonicalTimezone('Europe/Berlin; drop table')).toBeNull();
  });
});

describe('normaliseHolidayRegion', () => {
  it('knows countries and states of date-holidays', () => {
    expect(normaliseHolidayRegion('DE')).toBe('DE');
    expect(normaliseHolidayRegion('de-be')).toBe('DE-BE');
    expect(normaliseHolidayRegion('AT-9')).toBe('AT-9');
  });

  it('rejects unknown countries and states', () => {
    expect(normaliseHolidayRegion('XX')).toBeNull();
    expect(normaliseHolidayRegion('DE-XX')).toBeNull();
    expect(normaliseHolidayRegion('Germany')).toBeNull();
    expect(normaliseHolidayRegion('DE-')).toBeNull();
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('01.05.2025')).toBe(false);
  });
});

describe('isWebAddress', () => {
  it('accepts http(s) addresses with paths and refuses anything that could break out of a link', () => {
    expect(isWebAddress('https://www.example.org/beratung?x=1')).toBe(true);
    expect(isWebAddress('http://example.org')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'https://a"><script>',
      'https://u:p@example.org',
      'www.example.org',
      'https://',
    ]) {
      expect(isWebAddress(bad), bad).toBe(false);
    }
  });
});

describe('UpdateOrganisationSchema', () => {
  it('normalises and de-duplicates origins, sorts closing days', () => {
    const out = UpdateOrganisationSchema.parse({
      allowedOrigins: ['https://A.example', 'https://a.example/', 'http://b.example:8080'],
      closingDays: [{ date: '2025-12-31' }, { date: '2025-12-24', note: 'Heiligabend' }],
      timezone: 'Europe/Berlin',
      holidayRegion: 'de-by',
    });
    expect(out.allowedOrigins).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(out.closingDays?.map((d) => d.date)).toEqual(['2025-12-24', '2025-12-31']);
    expect(out.holidayRegion).toBe('DE-BY');
  });

  it('reports every problem with its path', () => {
    const res = UpdateOrganisationSchema.safeParse({
      masterDataFields: [
        { key: 'age', label: 'Alter', type: 'SELECT', options: [] },
        { key: 'age', label: 'Alter 2', type: 'TEXT' },
        { key: '1bad', label: 'X', type: 'TEXT', options: ['a'] },
      ],
      closingDays: [{ date: '2025-01-01' }, { date: '2025-01-01' }],
      mailOverdueHours: 0,
      retentionDays: 3651,
      locale: 'fr',
    });
    expect(res.success).toBe(false);
    const paths = res.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'masterDataFields.0.options',
        'masterDataFields.1.key',
        'masterDataFields.2.key',
        'masterDataFields.2.options',
        'closingDays.1.date',
        'mailOverdueHours',
        'retentionDays',
        'locale',
      ]),
    );
  });

  it('bounds list sizes', () => {
    const field = (i: number) => ({ key: `f${i}`, label: 'F', type: 'TEXT' });
    expect(
      UpdateOrganisationSchema.safeParse({ masterDataFields: Array.from({ length: 31 }, (_, i) => field(i)) }).success,
    ).toBe(false);
    expect(
      UpdateOrganisationSchema.safeParse({ masterDataFields: Array.from({ length: 30 }, (_, i) => field(i)) }).success,
    ).toBe(true);
    const origins = Array.from({ length: 51 }, (_, i) => `https://o${i}.example`);
    expect(UpdateOrganisationSchema.safeParse({ allowedOrigins: origins }).success).toBe(false);
  });
});
