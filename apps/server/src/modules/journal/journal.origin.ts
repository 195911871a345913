import { isIPv4, isIPv6 } from 'node:net';

/** Where an action came from: the HTTP API, the web console, the command line or a background job. */
type JournalChannel = 'api' | 'web' | 'cli' | 'job';

// A full IP address identifies a household or a device: personal data. The journal keeps the network
// only (/24 for IPv4, /48 for IPv6, the usual anonymisation prefixes), enough to tell an office from
// an unexpected country.
const IPV4_KEPT_OCTETS = 3;
const IPV6_KEPT_GROUPS = 3;

function truncateIpv4(ip: string): string {
  const kept = ip.split('.').slice(0, IPV4_KEPT_OCTETS);
  return `${[...kept, '0'].join('.')}/${IPV4_KEPT_OCTETS * 8}`;
}

function truncateIpv6(ip: string): string {
  const [head = '', tail] = ip.toLowerCase().split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  // '::' stands for as many zero groups as the address needs to have eight (an embedded IPv4 tail counts two).
  const tailWidth = tailGroups.reduce((width, group) => width + (group.includes('.') ? 2 : 1), 0);
  const groups = [
    ...headGroups,
    ...Array<string>(Math.max(0, 8 - headGroups.length - tailWidth)).fill('0'),
    ...tailGroups,
  ];
  const kept = groups.slice(0, IPV6_KEPT_GROUPS).map((group) => Number.parseInt(group, 16).toString(16));
  return `${kept.join(':')}::/${IPV6_KEPT_GROUPS * 16}`;
}

/** The origin field of an entry: the channel, then the caller's network when there is an address. */
export function journalOrigin(channel: JournalChannel, ip?: string): string {
  if (ip === undefined) return channel;
  const mapped = ip.toLowerCase().startsWith('::ffff:') ? ip.slice('::ffff:'.length) : undefined;
  if (mapped !== undefined && isIPv4(mapped)) return `${channel} ${truncateIpv4(mapped)}`;
  if (isIPv4(ip)) return `${channel} ${truncateIpv4(ip)}`;
  if (isIPv6(ip)) return `${channel} ${truncateIpv6(ip.split('%')[0] ?? ip)}`;
  return channel;
}
