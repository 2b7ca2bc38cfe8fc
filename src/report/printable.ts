/**
 * What a terminal obeys instead of showing: C0 control characters but tab (ESC starts the
 * sequences that clear the screen, retitle the window or move the cursor over earlier lines),
 * DEL, C1 controls (U+009B is a one-character ESC [), and the bidirectional embeddings,
 * overrides and isolates that make text display in another order than it reads ("Trojan
 * Source"). A newline in a file name would start a line the report did not write.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * `text` with every unprintable character written as an escape (`\x1b`, `\n`, `\u009b`,
 * `\u202e`), for human-readable output of what keyhound does not control: file contents,
 * file names, commit metadata. Machine-readable formats (JSON, SARIF) keep text exact.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    if (code === 0x0a) return "\\n";
    if (code === 0x0d) return "\\r";
    return code < 0x80
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
