import type { Detector } from "../catalog/types.js";
import { catalog } from "../detectors/index.js";
import type { Finding } from "../findings/finding.js";
import { type VerifyOptions, type VerifyTarget, verifyAll } from "./verify.js";

export interface VerifyFindingsOptions extends VerifyOptions {
  /** Where to look detectors up by id (default: the built-in catalog). */
  readonly catalog?: readonly Detector[];
}

/**
 * The findings with `verification` set on those whose detector has a live check. Each
 * distinct secret is sent once, and only to its own vendor's documented endpoint.
 */
export async function verifyFindings(
  findings: readonly Finding[],
  options: VerifyFindingsOptions = {},
): Promise<Finding[]> {
  const byId = new Map((options.catalog ?? catalog).map((d) => [d.id, d]));
  const targets = new Map<Finding, VerifyTarget>();
  for (const finding of findings) {
    const detector = byId.get(finding.detectorId);
    if (detector?.verify) {
      targets.set(finding, { detector, secret: finding.secret, companions: finding.companions ?? [] });
    }
  }
  const results = await verifyAll([...targets.values()], options);
  return findings.map((finding) => {
    const target = targets.get(finding);
    const verification = target && results.get(target);
    return verification ? { ...finding, verification } : finding;
  });
}
