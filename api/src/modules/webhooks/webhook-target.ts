/**
 * Where a webhook may go. Outside development an endpoint must be https and reach a public address:
 * otherwise any admin could make the server call into the operator's own network (SSRF: cloud
 * metadata at 169.254.169.254, databases, admin consoles on 10.x). Checked twice: the URL when it is
 * saved (a literal private address or `localhost` is refused at once), and every resolved address
 * when a delivery connects (`guardedLookup`), so a public name that resolves to a private address —
 * or is re-pointed there later (DNS rebinding) — is refused at the connection, not only at saving.
 *
 * With WEBHOOK_ALLOW_LOCAL (tests, development) http is allowed for loopback hosts only, and
 * private addresses are not blocked.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** Addresses never reached from production: loopback, private, link-local, CGNAT, multicast, reserved. */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['2001:db8::', 32], // documentation
  ['64:ff9b::', 96], // NAT64 of any IPv4, private ones included
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether `address` (an IP literal) is one production never connects to. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) {
    // IPv4-mapped (::ffff:10.0.0.1): judged as the IPv4 address it is.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return blocked.check(mapped[1]!, 'ipv4');
    return blocked.check(address, 'ipv6');
  }
  return true;
}

/**
 * Why `raw` cannot be a webhook URL (a message for the form), or null when it can. Names that
 * resolve later are checked again at every connection (guardedLookup).
 */
export function targetProblem(raw: string, allowLocal: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Must be a valid URL';
  }
  if (url.username || url.password) return 'Must not contain a user name or password';
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'http:') {
    if (allowLocal && LOOPBACK_HOSTS.has(host)) return null;
    return 'Must start with https://';
  }
  if (url.protocol !== 'https:') return 'Must start with https://';
  if (allowLocal) return null;
  if (host === 'localhost' || host.endsWith('.localhost')) return 'Must not be a local address';
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  if (isIP(literal) && isBlockedAddress(literal)) return 'Must not be a private or local network address';
  return null;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request that refuses private addresses (every address of the answer must be
 * public, else a receiver could list a private one next to a public one).
 */
export function guardedLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const list = addresses as LookupAddress[];
    const bad = list.find((a) => isBlockedAddress(a.address));
    if (bad || list.length === 0) {
      const refused = Object.assign(new Error('The webhook URL resolves to a private or local network address'), {
        code: 'EWEBHOOKBLOCKED',
      });
      return callback(refused, []);
    }
    if ((options as { all?: boolean }).all) return callback(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
}
