// On a messenger or social platform the outlet is the channel, not the platform: a post at
// t.me/s/<channel>/123 or eitaa.com/<channel> is that channel's, and two channels on one platform
// can stand on opposite sides. So an outlet the registry does not know is named by its channel
// ("t.me/somechannel", the form the registry's own host-and-path domains take), never by the
// platform's host alone, which would file every channel under one publisher.
import { addressParts } from '@/lib/registry/publishers';

interface Platform {
  /** The platform's hosts (without www.); the first is the name channels are filed under. */
  hosts: string[];
  /** The channel in a path's segments, or null when the path names none (a post id, a search). */
  channel: (segments: string[]) => string | null;
}

const HANDLE = /^@?[\p{L}\p{N}_.-]{2,64}$/u;

/** A path's first segment as the channel, unless it is one of the platform's own pages. */
const firstSegment =
  (reserved: readonly string[], skip: readonly string[] = []) =>
  (segments: string[]): string | null => {
    const rest = skip.includes(segments[0] ?? '') ? segments.slice(1) : segments;
    const s = rest[0];
    return s && HANDLE.test(s) && !reserved.includes(s.toLowerCase()) ? s : null;
  };

const PLATFORMS: Platform[] = [
  // Telegram's web previews: t.me/<channel>/<post>, t.me/s/<channel>; tx.me serves the same previews.
  { hosts: ['t.me', 'telegram.me', 'telegram.dog', 'tx.me'], channel: firstSegment(['joinchat', 'addstickers', 'share', 'proxy', 'iv', 'c'], ['s']) },
  // Iranian messengers' web views (eitaa.com/<channel>, eitaa.org/s/<channel>, ble.ir/<channel>…).
  { hosts: ['eitaa.com', 'eitaa.ir', 'eitaa.org'], channel: firstSegment(['join', 'about', 'download', 'rules', 'privacy'], ['s']) },
  { hosts: ['ble.ir', 'bale.ai'], channel: firstSegment(['join', 'download', 'about'], ['s']) },
  { hosts: ['rubika.ir'], channel: firstSegment(['join', 'download', 'about']) },
  { hosts: ['splus.ir'], channel: firstSegment(['join', 'download', 'about']) },
  { hosts: ['virasty.com'], channel: firstSegment(['explore', 'search', 'about']) },
  // X/Twitter: x.com/<handle>/status/<id>.
  {
    hosts: ['x.com', 'twitter.com', 'mobile.twitter.com'],
    channel: firstSegment(['i', 'home', 'search', 'hashtag', 'intent', 'share', 'explore', 'settings', 'login', 'notifications', 'messages']),
  },
  // YouTube: a channel's own pages; a watch?v= link names no channel.
  {
    hosts: ['youtube.com', 'm.youtube.com'],
    channel: (s) => (s[0]?.startsWith('@') && HANDLE.test(s[0]) ? s[0] : ['c', 'user', 'channel'].includes(s[0] ?? '') && s[1] && HANDLE.test(s[1]) ? `${s[0]}/${s[1]}` : null),
  },
  { hosts: ['instagram.com'], channel: firstSegment(['p', 'reel', 'reels', 'explore', 'stories', 'accounts', 'tv']) },
  {
    hosts: ['facebook.com', 'm.facebook.com'],
    channel: firstSegment(['story.php', 'permalink.php', 'photo.php', 'photo', 'photos', 'watch', 'sharer', 'sharer.php', 'share', 'events', 'groups', 'profile.php', 'login', 'hashtag', 'reel']),
  },
  // Aparat (Iran's video site): aparat.com/<channel>; a video is aparat.com/v/<id>.
  { hosts: ['aparat.com'], channel: firstSegment(['v', 'result', 'playlist', 'live', 'signin', 'upload']) },
  // Medium: medium.com/@author or a publication's medium.com/<publication>.
  { hosts: ['medium.com'], channel: firstSegment(['m', 'tag', 'search', 'topics', 'me', 'plans', 'about', 'membership']) },
];

const BY_HOST = new Map(PLATFORMS.flatMap((p) => p.hosts.map((h) => [h, p] as const)));

/**
 * The site an address belongs to, as an unlisted outlet is named: its host, or on a platform of
 * channels its channel ("t.me/somechannel"). Null when the address has no host.
 */
export function siteOf(url: string): string | null {
  const parts = addressParts(url);
  if (!parts) return null;
  const { host, path } = parts;
  const platform = BY_HOST.get(host);
  if (!platform) return host;
  let segments: string[];
  try {
    segments = path.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  } catch {
    return host;
  }
  const channel = platform.channel(segments);
  return channel ? `${platform.hosts[0]}/${channel.toLowerCase()}` : host;
}

/** The channel an address on a platform of channels belongs to ("t.me/name"), else null. */
export function channelOf(url: string): string | null {
  const site = siteOf(url);
  return site?.includes('/') ? site : null;
}
