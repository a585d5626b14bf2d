// The address guard: what the fetcher may connect to. Only http and https; a host whose address
// (every address DNS gives, checked when the connection is made, so a name cannot be re-pointed
// between the check and the connect) is loopback, private, link-local (169.254.169.254, the cloud
// metadata service, is link-local), unique-local, multicast or otherwise not public unicast is
// refused, on the first request and on every redirect. STANCE_LENS_FETCH_ALLOW lets named hosts
// or CIDR ranges through (the tests' loopback server, an intranet mirror).
import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

export class BlockedAddressError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'BlockedAddressError';
  }
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

export interface AddressGuard {
  /** Throws BlockedAddressError for a URL the fetcher must not request (scheme, literal address). */
  checkUrl(url: URL): void;
  /** Throws BlockedAddressError for a resolved address of `host` that is not allowed. */
  checkAddress(host: string, address: string): void;
  /** A `lookup` for net.connect / undici that resolves, then refuses what checkAddress refuses. */
  lookup: typeof dns.lookup;
}

export type LookupAll = (host: string) => Promise<{ address: string; family: number }[]>;

const systemLookupAll: LookupAll = (host) => dns.promises.lookup(host, { all: true, verbatim: true });

/** Why an address is not public unicast, or null when it is. */
export function nonPublicRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  if (range === 'unicast') return null;
  const names: Record<string, string> = {
    loopback: 'loopback',
    private: 'private',
    linkLocal: 'link-local (incl. the cloud metadata address)',
    uniqueLocal: 'unique-local (private IPv6)',
    unspecified: 'unspecified',
    broadcast: 'broadcast',
    multicast: 'multicast',
    carrierGradeNat: 'carrier-grade NAT (shared)',
    reserved: 'reserved',
  };
  return names[range] ?? `special-purpose (${range})`;
}

export function createAddressGuard(allow: readonly string[], lookupAll: LookupAll = systemLookupAll): AddressGuard {
  const hosts = new Set<string>();
  const ranges: Range[] = [];
  for (const entry of allow) {
    const e = entry.trim().toLowerCase().replace(/^\[|\]$/g, '');
    if (!e) continue;
    if (e.includes('/')) {
      try {
        ranges.push(ipaddr.parseCIDR(e));
        continue;
      } catch {
        throw new Error(`STANCE_LENS_FETCH_ALLOW: "${entry}" is not a CIDR range`);
      }
    }
    if (ipaddr.isValid(e)) {
      const ip = ipaddr.parse(e);
      ranges.push([ip, ip.kind() === 'ipv4' ? 32 : 128]);
    } else hosts.add(e);
  }
  const hostAllowed = (host: string) => hosts.has(host.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, ''));
  const addressAllowed = (address: string) => {
    let ip = ipaddr.parse(address);
    if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
    return ranges.some(([net, bits]) => net.kind() === ip.kind() && ip.match([net, bits] as never));
  };

  const checkAddress = (host: string, address: string) => {
    if (hostAllowed(host)) return;
    const why = nonPublicRange(address);
    if (why && !addressAllowed(address)) {
      throw new BlockedAddressError(`refused: ${host} resolves to ${address}, a ${why} address (allow it with STANCE_LENS_FETCH_ALLOW)`);
    }
  };

  const checkUrl = (url: URL) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BlockedAddressError(`refused: only http and https URLs are fetched (${url.protocol.replace(':', '')})`);
    if (url.username || url.password) throw new BlockedAddressError('refused: URLs with credentials are not fetched');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // A literal address is checked here: no DNS lookup happens for it.
    if (net.isIP(host)) checkAddress(host, host);
  };

  const lookup = ((hostname: string, options: dns.LookupOptions | ((...a: unknown[]) => void), callback?: (...a: unknown[]) => void) => {
    const cb = (typeof options === 'function' ? options : callback)!;
    const opts = typeof options === 'object' && options ? options : {};
    lookupAll(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' });
        for (const a of addresses) checkAddress(hostname, a.address);
        const wanted = opts.family === 4 || opts.family === 6 ? addresses.filter((a) => a.family === opts.family) : addresses;
        const list = wanted.length > 0 ? wanted : addresses;
        if (opts.all) cb(null, list);
        else cb(null, list[0]!.address, list[0]!.family);
      })
      .catch((err: unknown) => cb(err));
  }) as unknown as typeof dns.lookup;

  return { checkUrl, checkAddress, lookup };
}

/** The guard's refusal somewhere in an error's cause chain (undici wraps connect errors). */
export function blockedCause(err: unknown): BlockedAddressError | null {
  for (let e: unknown = err, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof BlockedAddressError) return e;
  }
  return null;
}
