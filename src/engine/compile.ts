import type { Confidence, Detector } from "../catalog/types.js";

/** Window reach around a keyword hit, for detectors that set none. */
export const DEFAULT_BEFORE = 128;
export const DEFAULT_AFTER = 512;
const DEFAULT_COMPANION_DISTANCE = 1024;

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/** A detector with its defaults applied and its patterns compiled for the engine's loops. */
export interface CompiledDetector {
  readonly detector: Detector;
  readonly regex: RegExp;
  readonly before: number;
  readonly after: number;
  /** The pattern can span lines, so windows are not clipped to the keyword's line. */
  readonly multiline: boolean;
  readonly keywords: readonly string[];
  /** Tried sticky at each keyword hit's end; a hit where it fails opens no window. */
  readonly gate: RegExp | undefined;
  /** Per byte value, 1 where a keyword hit may follow that byte (`keywordPrecededBy`). */
  readonly precededBy: Uint8Array | undefined;
  /** Per byte value, 1 where that byte may follow a keyword hit (`keywordFollowedBy`). */
  readonly followedBy: Uint8Array | undefined;
  readonly rank: number;
  readonly companions: readonly CompiledCompanion[];
}

export interface CompiledCompanion {
  readonly name: string;
  readonly regex: RegExp;
  readonly within: number;
  readonly required: boolean;
}

/** One detector's use of one keyword. */
export interface KeywordUse {
  readonly detector: number;
  /** Index into the catalog's exact keywords, -1 when any case matches. */
  readonly exact: number;
}

export interface CompiledCatalog {
  /** One per detector, in the order given. */
  readonly detectors: CompiledDetector[];
  /** Every distinct keyword, lower case, in order of first use. */
  readonly keywords: string[];
  /** Per keyword (same index as `keywords`), the detectors that use it. */
  readonly usesByKeyword: KeywordUse[][];
  /** The keywords of detectors with `caseSensitiveKeywords`, as written. */
  readonly exactKeywords: Buffer[];
}

/** Compiles the detectors and indexes them by keyword, for the keyword pass. */
export function compileDetectors(detectors: readonly Detector[]): CompiledCatalog {
  const keywordIndex = new Map<string, number>();
  const usesByKeyword: KeywordUse[][] = [];
  const exactKeywords: Buffer[] = [];
  // Detectors with the same gate (Meta and WhatsApp on `EAA`, the URI rules on `http`) share
  // one RegExp, so that a hit is tested once for all of them.
  const gates = new Map<string, RegExp>();
  const gateFor = (gate: RegExp) => {
    const flags = `${gate.flags.replace(/[^ims]/g, "")}y`;
    const key = `${flags}/${gate.source}`;
    let compiled = gates.get(key);
    if (compiled === undefined) {
      compiled = new RegExp(gate.source, flags);
      gates.set(key, compiled);
    }
    return compiled;
  };
  const compiled = detectors.map((detector, index): CompiledDetector => {
    const flags = `${detector.pattern.flags.replace(/[^ims]/g, "")}gd`;
    for (const keyword of detector.keywords) {
      const lower = keyword.toLowerCase();
      let k = keywordIndex.get(lower);
      if (k === undefined) {
        k = keywordIndex.size;
        keywordIndex.set(lower, k);
        usesByKeyword.push([]);
      }
      let exact = -1;
      if (detector.caseSensitiveKeywords) {
        exact = exactKeywords.length;
        exactKeywords.push(Buffer.from(keyword, "latin1"));
      }
      (usesByKeyword[k] as KeywordUse[]).push({ detector: index, exact });
    }
    return {
      detector,
      regex: new RegExp(detector.pattern.source, flags),
      before: detector.window?.before ?? DEFAULT_BEFORE,
      after: detector.window?.after ?? DEFAULT_AFTER,
      multiline: detector.window?.multiline ?? false,
      keywords: detector.keywords.map((k) => k.toLowerCase()),
      gate: detector.keywordGate ? gateFor(detector.keywordGate) : undefined,
      precededBy: detector.keywordPrecededBy ? byteClass(detector.keywordPrecededBy) : undefined,
      followedBy: detector.keywordFollowedBy ? byteClass(detector.keywordFollowedBy) : undefined,
      rank: CONFIDENCE_RANK[detector.confidence ?? "high"],
      companions: (detector.companions ?? []).map((companion) => ({
        name: companion.name,
        regex: new RegExp(companion.pattern.source, `${companion.pattern.flags.replace(/[^ims]/g, "")}gd`),
        within: companion.within ?? DEFAULT_COMPANION_DISTANCE,
        required: companion.required ?? false,
      })),
    };
  });
  return { detectors: compiled, keywords: [...keywordIndex.keys()], usesByKeyword, exactKeywords };
}

/** The byte values (read as Latin-1, as windows are) that a one-character class matches. */
function byteClass(characterClass: RegExp): Uint8Array {
  const single = new RegExp(`^(?:${characterClass.source})$`, characterClass.flags.replace(/[gy]/g, ""));
  return Uint8Array.from({ length: 256 }, (_, byte) => (single.test(String.fromCharCode(byte)) ? 1 : 0));
}
