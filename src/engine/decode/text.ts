/** Helpers shared by the decoders: which bytes count as text. */

/** Tab, newline, carriage return and printable ASCII. */
export function isTextByte(byte: number): boolean {
  return (byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/**
 * Whether decoded bytes read as text: at least 90% printable ASCII, no NUL. A credential
 * decodes to text; random base64 or hex (hashes, images, fonts, identifiers that happen to be
 * long) decodes to bytes that are printable only by chance, about 40% of them.
 */
export function mostlyText(bytes: Uint8Array): boolean {
  let other = 0;
  const allowed = Math.floor(bytes.length / 10);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte === 0) return false;
    if (!isTextByte(byte) && ++other > allowed) return false;
  }
  return bytes.length > 0;
}

export const HEX_VALUE: Int8Array = (() => {
  const table = new Int8Array(256).fill(-1);
  for (let i = 0; i < 10; i++) table[0x30 + i] = i;
  for (let i = 0; i < 6; i++) {
    table[0x41 + i] = 10 + i;
    table[0x61 + i] = 10 + i;
  }
  return table;
})();
