import type { MatchContext } from "../catalog/types.js";
import type { CompiledDetector } from "./compile.js";

/**
 * Why a match is not reported, or `undefined` to report it: its body (the secret without a
 * keyword prefix) looks like a placeholder or falls below the entropy floor, or the detector's
 * validator rejects it.
 */
export function rejectionReason(
  compiled: CompiledDetector,
  secret: string,
  context: MatchContext,
): string | undefined {
  const { detector } = compiled;
  const body = stripKnownPrefix(secret, compiled.keywords);
  if (!detector.skipPlaceholderCheck) {
    const placeholder = placeholderReason(body);
    if (placeholder !== undefined) return placeholder;
  }
  const floor = detector.minEntropy ?? (detector.skipPlaceholderCheck ? 0 : defaultMinEntropy(body.length));
  const entropy = shannonEntropy(body);
  if (entropy < floor) return `entropy ${entropy.toFixed(2)} below ${floor}`;
  if (detector.validate) {
    const verdict = detector.validate(secret, context);
    if (verdict !== true) return verdict;
  }
  return undefined;
}

function stripKnownPrefix(secret: string, keywords: readonly string[]): string {
  const lower = secret.toLowerCase();
  let longest = 0;
  for (const keyword of keywords) {
    if (keyword.length > longest && lower.startsWith(keyword)) longest = keyword.length;
  }
  return secret.slice(longest);
}

/** Per character code below 128, its count in the value being measured (zeroed after each use). */
const asciiCounts = new Int32Array(128);
/** The ASCII codes of that value in order of first occurrence. */
const asciiOrder = new Int32Array(128);

/**
 * Shannon entropy in bits per character (code point). Every candidate of every detector is
 * measured, so ASCII values, nearly all of them, are counted in a typed array rather than a
 * Map keyed by one-character strings (8x faster). The terms are summed in order of first
 * occurrence, as the Map path sums them, so both give the same bits to the last digit.
 */
export function shannonEntropy(value: string): number {
  const length = value.length;
  if (length === 0) return 0;
  let distinct = 0;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128) {
      for (let j = 0; j < distinct; j++) asciiCounts[asciiOrder[j] as number] = 0;
      return entropyOfCodePoints(value);
    }
    if (asciiCounts[code] === 0) asciiOrder[distinct++] = code;
    asciiCounts[code] = (asciiCounts[code] as number) + 1;
  }
  let bits = 0;
  for (let j = 0; j < distinct; j++) {
    const code = asciiOrder[j] as number;
    const p = (asciiCounts[code] as number) / length;
    asciiCounts[code] = 0;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function entropyOfCodePoints(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

// HTML-escaped markers count too: generated docs write <secret> as &lt;secret&gt;.
// Long words rarely occur in random tokens by chance; short ones count only at the start of
// the body or standing alone between separators ("sk-your-key-here", "ghp_YOURTOKEN").
const PLACEHOLDER_WORDS =
  /x{5,}|\*{3,}|\.{3}|…|<[^>]*>|&lt;|&gt;|&#x?[0-9a-f]+;|\$\{|\{\{|example|sample|dummy|placeholder|changeme|change_me|redacted|replace|fixme|insert/i;
/**
 * A Windows or template variable (%APPDATA%, %DB_PASSWORD%, %password%): upper case or a lower
 * case word. A generated password with two `%` (jXJE5tKq%eWm%RHB) holds mixed case between them.
 */
const PERCENT_VARIABLE = /%(?:[A-Z][A-Z0-9_]{2,}|[a-z][a-z_]{3,})%/;
/**
 * "your" in the languages whose docs most often write it into a placeholder (Portuguese seu/sua,
 * Spanish tu, French votre, German dein/deine, Italian tuo/tua: `SUA_SENHA`, `tu_contraseña`).
 */
const PLACEHOLDER_SHORT_WORDS =
  /(?:^|[^a-z0-9])(?:your|seu|sua|tu|votre|dein|deine|tuo|tua|fake|mock|todo|test|demo|here|xxxx)(?=[^a-z0-9]|$)|^(?:your|fake|xxxx)/i;
const SEQUENTIAL = [
  "0123456789",
  "abcdefghijklmnopqrstuvwxyz",
  "9876543210",
  "zyxwvutsrqponmlkjihgfedcba",
  "qwertyuiop",
  "asdfghjkl",
];
/** Every 6-character piece of a sequence, cut once: slicing them per run showed in profiles. */
const SEQUENCE_PIECES = SEQUENTIAL.flatMap((sequence) =>
  Array.from({ length: sequence.length - 5 }, (_, i) => sequence.slice(i, i + 6)),
);

/**
 * Why `body` (a secret without its fixed prefix) looks like a documentation placeholder rather
 * than a credential, or `undefined` if it does not. The checks are chosen so that a random
 * token trips them with a probability below one in a hundred thousand.
 */
export function placeholderReason(body: string): string | undefined {
  const word = placeholderWordReason(body);
  if (word !== undefined) return word;
  // Long tokens that encode binary structure (STS session tokens, macaroons) carry runs of `A`
  // or `/` from zero bytes; a long all-placeholder body is caught by the entropy floor instead.
  if (body.length < 64 && /(.)\1{5,}/.test(body)) return "a character repeated six or more times";
  if (sequenceReason(body) && !incidentalSequence(body)) return "a keyboard or alphabet sequence";
  if (alternatingSequence(body)) return "an alternating letter and digit sequence (a1b2c3...)";
  if (chunkedSequence(body)) return "runs of letters and digits each counting up (abc123def456)";
  if (/^[0-9]+$/.test(body) && body.length < 24) return "digits only";
  return undefined;
}

/** The words and markers of placeholderReason alone, without its checks of a value's shape. */
export function placeholderWordReason(body: string): string | undefined {
  const word =
    PLACEHOLDER_WORDS.exec(body) ?? PLACEHOLDER_SHORT_WORDS.exec(body) ?? PERCENT_VARIABLE.exec(body);
  return word ? `placeholder text "${word[0]}"` : undefined;
}

function hasSequence(run: string): boolean {
  for (const piece of SEQUENCE_PIECES) if (run.includes(piece)) return true;
  return false;
}

/**
 * A digit sequence that is a small part of a long value (`...AndValidation123456789Updated...`,
 * a passphrase someone typed for a signing secret) is part of a chosen value, not the filler of
 * a made-up sample (`abcdef1234567890abcdef...`), which is sequences through and through.
 */
function incidentalSequence(body: string): boolean {
  if (body.length < 40) return false;
  const lower = body.toLowerCase();
  // Letters in alphabet order (`mnopqr`, `rstuvw`) are how samples are typed by hand, however
  // much else surrounds them: only a digit sequence can be incidental.
  for (const run of lower.match(/[a-z]{6,}/g) ?? []) if (hasSequence(run)) return false;
  const covered = (lower.match(/[0-9]{6,}/g) ?? [])
    .filter(hasSequence)
    .reduce((sum, run) => sum + run.length, 0);
  return covered * 5 < body.length;
}

/**
 * Letters and digits are checked separately, run by run ("abcdef" in "x9abcdefq" counts). A
 * digit run inside a longer token that also holds letters is usually a numeric id (an Asana
 * user id, a Slack team id): a 6-digit sequence in it counts only when the run is nothing but
 * a long sequence (`token_1234567890`), or when the whole body is digits.
 */
function sequenceReason(body: string): boolean {
  const lower = body.toLowerCase();
  for (const run of lower.match(/[a-z]{6,}/g) ?? []) if (hasSequence(run)) return true;
  const digitsOnly = /^[0-9]+$/.test(body);
  for (const run of lower.match(/[0-9]{6,}/g) ?? []) {
    if (!hasSequence(run)) continue;
    if (digitsOnly || (run.length >= 9 && isWholeSequence(run))) return true;
  }
  return false;
}

/**
 * `1234567890`, `987654`, `0123456789012`, `1234567890987654321`: every digit is one up or one
 * down from the one before it (random digits do that nine times running once in 400,000).
 */
function isWholeSequence(run: string): boolean {
  for (let i = 1; i < run.length; i++) {
    const step = (run.charCodeAt(i) - run.charCodeAt(i - 1) + 10) % 10;
    if (step !== 1 && step !== 9) return false;
  }
  return true;
}

/** `a1b2c3d4`, `1a2b3c4d`: letters and digits alternating, each counting up by one. */
function alternatingSequence(body: string): boolean {
  const lower = body.toLowerCase();
  const pairs = /(?:[a-z][0-9]|[0-9][a-z]){4,}/g;
  for (let m = pairs.exec(lower); m !== null; m = pairs.exec(lower)) {
    const text = m[0];
    const letters = text.replace(/[0-9]/g, "");
    const digits = text.replace(/[a-z]/g, "");
    let run = 1;
    for (let i = 1; i < Math.min(letters.length, digits.length); i++) {
      const letterStep = letters.charCodeAt(i) - letters.charCodeAt(i - 1) === 1;
      const digitStep = (digits.charCodeAt(i) - digits.charCodeAt(i - 1) + 10) % 10 === 1;
      run = letterStep && digitStep ? run + 1 : 1;
      if (run >= 4) return true;
    }
  }
  return false;
}

/**
 * `abc123def456`, `abcd1234efgh5678ijkl9012`: runs of letters and of digits, taking turns, each
 * counting up by one (digits wrap past 9). In random text a run of three counting up is rare
 * (one letter run in 676, one digit run in 100); a body made of nothing else, vanishingly so.
 */
function chunkedSequence(body: string): boolean {
  const runs = body.toLowerCase().match(/[a-z]+|[0-9]+/g);
  if (runs === null || runs.length < 3) return false;
  let covered = 0;
  for (const run of runs) {
    if (run.length < 3) return false;
    for (let i = 1; i < run.length; i++) {
      const step = run.charCodeAt(i) - run.charCodeAt(i - 1);
      if (step !== 1 && !(step === -9 && run.charCodeAt(i) === 0x30)) return false;
    }
    covered += run.length;
  }
  // Separators between the runs only (`abc-123-def`), not other text.
  return covered >= body.length - runs.length + 1;
}

/** Default entropy floor for a secret body, by length: short bodies cannot reach high values. */
export function defaultMinEntropy(length: number): number {
  if (length < 12) return 0;
  if (length < 20) return 2.5;
  return 3.0;
}
