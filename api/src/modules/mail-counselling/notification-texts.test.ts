import { describe, expect, it } from 'vitest';
import { links, noticeMail, type NoticeKind } from './notification-texts.js';

const kinds: NoticeKind[] = ['NEW_REQUEST', 'ASSIGNED', 'CLIENT_REPLY', 'ANSWER'];

describe('noticeMail', () => {
  it('is German by default and English for an English organisation, always with the link', () => {
    const vars = { organisationName: 'Beratung Nord', link: 'https://x.example/dashboard/mail-requests/1' };
    for (const kind of kinds) {
      const de = noticeMail(kind, 'de', vars);
      const en = noticeMail(kind, 'en-GB', vars);
      expect(de.text).toContain(vars.link);
      expect(en.text).toContain(vars.link);
      expect(de.text).toMatch(/^Guten Tag,/);
      expect(en.text).toMatch(/^Hello,/);
      expect(de.subject).not.toBe(en.subject);
    }
  });
});

describe('links', () => {
  it('point to the dashboard for staff and to the mail form for clients', () => {
    expect(links.staffRequest('https://l.example', 'r1')).toBe('https://l.example/dashboard/mail-requests/r1');
    expect(links.clientRequest('https://l.example', 'pk_a b', 'r1')).toBe(
      'https://l.example/mail?org=pk_a%20b&request=r1',
    );
  });
});
