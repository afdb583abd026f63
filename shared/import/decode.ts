/**
 * Bytes to text: a byte-order mark decides (UTF-8, UTF-16 LE/BE); without
 * one the bytes must be valid UTF-8, else they are read as windows-1252,
 * the encoding Excel on Windows writes a plain "CSV" in.
 */

/** Text decoded from a file and the encoding it was read as. */
export type DecodedText = { readonly text: string; readonly encoding: string };

type TextDecoderLike = { decode(input: Uint8Array): string };
type TextDecoderClass = new (
  label: string,
  options?: { fatal?: boolean },
) => TextDecoderLike;

// NOTE: shared/ is compiled without DOM or Node types; TextDecoder exists
// in every runtime we target (browsers, workers, Node), so it is typed here.
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderClass })
  .TextDecoder;

// windows-1252 differs from Latin-1 only in 0x80–0x9F.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030,
  0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
];

/** Decodes a file's bytes (see the module note for the order of tries). */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: utf8(bytes.subarray(3), false), encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: utf16(bytes.subarray(2), 'le'), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: utf16(bytes.subarray(2), 'be'), encoding: 'utf-16be' };
  }
  const wide = guessUtf16WithoutBom(bytes);
  if (wide) return { text: utf16(bytes, wide), encoding: `utf-16${wide}` };
  try {
    return { text: utf8(bytes, true), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function utf8(bytes: Uint8Array, fatal: boolean): string {
  return new Decoder('utf-8', { fatal }).decode(bytes);
}

function utf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  return new Decoder(`utf-16${order}`).decode(bytes);
}

/** UTF-16 text without a BOM shows as every other byte being zero. */
function guessUtf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.1) return 'le';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.1) return 'be';
  return null;
}

/** Decodes windows-1252 bytes (undefined bytes pass through as Latin-1). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  const codes = new Uint16Array(CHUNK);
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const end = Math.min(bytes.length, offset + CHUNK);
    for (let i = offset; i < end; i++) {
      const byte = bytes[i]!;
      codes[i - offset] =
        byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte;
    }
    chunks.push(String.fromCharCode(...codes.subarray(0, end - offset)));
  }
  return chunks.join('');
}
