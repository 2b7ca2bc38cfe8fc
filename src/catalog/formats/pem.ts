/** PEM armor (RFC 7468) as keys are found in files: the base64 body between BEGIN and END lines. */

/**
 * How code joins the string literals of a block's lines, written at the end of a line or the
 * start of the next: `+`, `.` (PHP), `<>` (Elixir), `..` (Lua), `&` (VB), `,` (an array of
 * lines), and `\` (a C macro or Ruby line continued; C also joins adjacent literals with none).
 */
export const CONCAT = String.raw`(?:<>|\.\.|[+.,&\\])`;
const BETWEEN_LITERALS = new RegExp(
  String.raw`(?:\\n)?["'][ \t]*${CONCAT}?[ \t]*\r?\n[ \t]*(?:${CONCAT}[ \t]*)?["']`,
  "g",
);

/** The base64 text between the BEGIN and END lines, with every kind of line separator removed. */
export function pemBody(block: string, skipHeaders = false): string {
  const firstBreak = block.search(/-----(?:\\n|\\r|\r|\n| |["'])/);
  let inner = block.slice(firstBreak + 5, block.lastIndexOf("-----END"));
  inner = inner
    .replace(BETWEEN_LITERALS, "\n")
    .replace(/(?:\\n)?\\\r?\n/g, "\n")
    .replace(/\\r|\\n/g, "\n");
  if (skipHeaders) {
    inner = inner
      .split(/\r?\n/)
      .filter(
        (line) =>
          !/^[ \t]*[A-Za-z][A-Za-z0-9-]*:[ \t]/.test(line) && !/^[ \t]*=[A-Za-z0-9+/]{4}[ \t]*$/.test(line),
      )
      .join("\n");
  }
  return inner.replace(/\s+/g, "");
}

/** Decoded body, or a reason why the body is not base64 of a sensible size. */
export function decodeBody(body: string, minBytes: number): Buffer | string {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 !== 0) return "the body is not padded base64";
  const bytes = Buffer.from(body, "base64");
  if (bytes.length < minBytes) return `the body is only ${bytes.length} bytes`;
  return bytes;
}
