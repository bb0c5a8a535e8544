import { describe, expect, it } from 'vitest';
import { guardedLookup, isBlockedAddress, targetProblem } from './webhook-target.js';

describe('webhook targets in production (WEBHOOK_ALLOW_LOCAL off)', () => {
  it('accepts https URLs with public names and addresses', () => {
    for (const url of ['https://hooks.example.org/lotse', 'https://93.184.216.34/x', 'https://[2606:4700::1111]/']) {
      expect(targetProblem(url, false), url).toBeNull();
    }
  });

  it('refuses http, loopback, private, link-local and metadata addresses (SSRF)', () => {
    for (const url of [
      'http://hooks.example.org/',
      'http://127.0.0.1:4000/',
      'https://localhost/',
      'https://api.localhost/',
      'https://127.0.0.1/',
      'https://10.1.2.3/',
      'https://172.16.0.9/',
      'https://192.168.178.1/',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/',
      'https://0.0.0.0/',
      'https://[::1]/',
      'https://[fd00::1]/',
      'https://[fe80::1]/',
      'https://[::ffff:10.0.0.1]/',
    ]) {
      expect(targetProblem(url, false), url).not.toBeNull();
    }
  });

  it('judges IPv4-mapped IPv6 as the IPv4 address', () => {
    expect(isBlockedAddress('::ffff:192.168.1.1')).toBe(true);
    expect(isBlockedAddress('::ffff:93.184.216.34')).toBe(false);
  });

  it('refuses, at connection time, a name that resolves to a loopback address', async () => {
    const err = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      guardedLookup('localhost', {}, (e) => resolve(e)),
    );
    expect(err?.code).toBe('EWEBHOOKBLOCKED');
  });
});

describe('webhook targets with WEBHOOK_ALLOW_LOCAL (tests, development)', () => {
  it('allows http to loopback hosts only', () => {
    expect(targetProblem('http://127.0.0.1:4010/hook', true)).toBeNull();
    expect(targetProblem('http://localhost:4010/hook', true)).toBeNull();
    expect(targetProblem('http://[::1]:4010/hook', true)).toBeNull();
    expect(targetProblem('http://hooks.example.org/', true)).not.toBeNull();
  });

  it('refuses what is no URL, other schemes and credentials in the URL', () => {
    expect(targetProblem('hooks.example.org', true)).toBe('Must be a valid URL');
    expect(targetProblem('ftp://example.org/', true)).toBe('Must start with https://');
    expect(targetProblem('https://a:b@example.org/', true)).not.toBeNull();
  });
});
