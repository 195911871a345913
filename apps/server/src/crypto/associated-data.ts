/**
 * Associated data for AES-GCM, built from labelled parts. Each part is length-prefixed so that no two
 * different lists give the same bytes: a plain `table|column|row` join would let a table named `a|b`
 * collide with table `a`, column `b`.
 */
export function associatedData(parts: readonly string[]): Buffer {
  let size = 0;
  for (const part of parts) size += 4 + Buffer.byteLength(part, 'utf8');
  const bytes = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const part of parts) {
    const length = bytes.write(part, offset + 4, 'utf8');
    bytes.writeUInt32BE(length, offset);
    offset += 4 + length;
  }
  return bytes;
}
