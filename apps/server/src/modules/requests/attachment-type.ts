/** The kinds of file a proof of capacity or an identity document may be: scans and phone photos. */
export type AttachmentMediaType = 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/webp' | 'image/heic';

/** The usual extension of each type, for the name a downloaded file is saved under. */
const EXTENSION_OF: Readonly<Record<AttachmentMediaType, string>> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
  'image/heic': '.heic',
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
/** ISO base media file brands of HEIF images from phones (HEVC-coded stills and sequences). */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/**
 * The type of a file from its first bytes (magic numbers), never from its name or the type the sender declared:
 * an executable renamed `passport.pdf` is not a PDF. Undefined for anything else.
 */
export function detectMediaType(bytes: Uint8Array): AttachmentMediaType | undefined {
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'image/jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && HEIC_BRANDS.has(ascii(bytes, 8, 12))) return 'image/heic';
  return undefined;
}

/**
 * The name a file is saved under: the name it was sent with, ending in the extension of its detected type (a PDF
 * sent as `scan.exe` is saved as `scan.exe.pdf`, so the reader's system opens it as what it is).
 */
export function downloadName(name: string, mediaType: AttachmentMediaType): string {
  const extension = EXTENSION_OF[mediaType];
  const base = name.split(/[\\/]/).pop() ?? '';
  const lower = base.toLowerCase();
  const fits = lower.endsWith(extension) || (mediaType === 'image/jpeg' && lower.endsWith('.jpeg'));
  return fits ? base : `${base}${extension}`;
}

/** A Content-Disposition header that any browser reads: an ASCII fallback and the exact name (RFC 6266, 8187). */
export function attachmentDisposition(name: string): string {
  const fallback =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\;%]/g, '_') || 'file';
  const exact = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}
