import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip.js';

const req = (xff: string | undefined, remote = '10.0.0.1') =>
  ({ headers: xff ? { 'x-forwarded-for': xff } : {}, socket: { remoteAddress: remote } }) as unknown as IncomingMessage;

describe('clientIp', () => {
  it('uses the socket address and ignores X-Forwarded-For without trusted proxies', () => {
    expect(clientIp(req('1.2.3.4'), 0)).toBe('10.0.0.1');
  });
  it('takes the entry added by the last trusted proxy, not a forged one further left', () => {
    expect(clientIp(req('6.6.6.6, 1.2.3.4'), 1)).toBe('1.2.3.4');
    expect(clientIp(req('6.6.6.6, 1.2.3.4, 10.0.0.9'), 2)).toBe('1.2.3.4');
  });
  it('falls back to the socket address when the header is missing', () => {
    expect(clientIp(req(undefined), 1)).toBe('10.0.0.1');
  });
});
