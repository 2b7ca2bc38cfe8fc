import type { Detector } from "./types.js";

/**
 * The fix, as ordered steps in the layout of the catalog's pages: revoke, replace, audit,
 * prevent, and the reminder that history outlives the edit. Only the vendor-specific parts
 * come from the detector; the rest is the same advice for every credential.
 */
export function mitigationSteps(detector: Detector): string[] {
  const { name } = detector;
  const steps = [
    `Follow your policy for handling leaked secrets, which typically requires revoking the credential. ${revokeStep(detector)}`,
    `Remove the leaked ${name} from the source code or committed configuration file, and replace its usages with the new value. Pass it through environment variables, local files kept out of version control, or a secret manager instead of hard-coding it.`,
    auditStep(detector),
  ];
  const practices = bestPracticesStep(detector);
  if (practices) steps.push(practices);
  steps.push(
    "Consider any sensitive data in commits with secrets as compromised. A secret removed from your history still lives in other users' clones and forks, so revoking it is the fix; purging history only reduces further exposure.",
  );
  return steps;
}

/** Where and how to revoke, with the vendor's revocation page when the catalog has one. */
export function revokeStep({ mitigation }: Detector): string {
  return mitigation.revoke + (mitigation.revokeUrl ? ` (${mitigation.revokeUrl})` : "");
}

/** Where to look for use of the leaked credential. */
export function auditStep({ mitigation, vendor }: Detector): string {
  return (
    mitigation.audit ??
    `Check ${vendor}'s access or audit logs to ensure that the credential was not used by unintended actors during the period it was exposed.`
  );
}

export function bestPracticesStep({ mitigation, vendor }: Detector): string | undefined {
  const practices = mitigation.bestPractices ?? [];
  return practices.length > 0
    ? `Follow best practices recommended by ${vendor}: ${practices.join("; ")}.`
    : undefined;
}

/** The first step in one line, for reports: where to revoke. */
export function oneLineFix(detector: Detector): string {
  // Sentences end at ". " before a capital, not after "e.g." or "i.e.", and a sentence that
  // opened a parenthesis runs on until it is closed.
  const sentences = detector.mitigation.revoke.split(/(?<!\b(?:e\.g|i\.e|etc|vs|cf))(?<=\.)\s+(?=[A-Z`"'(])/);
  let first = "";
  for (const sentence of sentences) {
    first = first ? `${first} ${sentence}` : sentence;
    if (first.split("(").length === first.split(")").length) break;
  }
  return first;
}
