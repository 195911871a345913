import { journalOrigin } from '../journal/journal.origin.js';

/**
 * The caller's network only (IPv4 /24, IPv6 /48), the prefixes the journal keeps too: journalOrigin writes
 * "<channel> <network>", and the network is the part after the channel.
 */
export function truncatedNetwork(ip: string | undefined): string | null {
  const origin = journalOrigin('api', ip);
  const space = origin.indexOf(' ');
  return space === -1 ? null : origin.slice(space + 1);
}
