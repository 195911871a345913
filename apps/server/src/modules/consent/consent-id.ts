import { randomFillSync } from 'node:crypto';

// Random bytes drawn in blocks: one call to the system's generator serves many ids under load.
const POOL_IDS = 256;
const pool = Buffer.alloc(10 * POOL_IDS);
let used = POOL_IDS;

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Ids sort by creation time, so
 * the unique index on them grows at its end like the seq key instead of splitting pages at random places.
 */
export function uuidV7(nowMs: number): string {
  if (used === POOL_IDS) {
    randomFillSync(pool);
    used = 0;
  }
  const random = pool.subarray(used * 10, used * 10 + 10);
  used += 1;
  const bytes = Buffer.allocUnsafe(16);
  bytes.writeUIntBE(nowMs, 0, 6);
  random.copy(bytes, 6);
  bytes[6] = 0x70 | ((bytes[6] as number) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
