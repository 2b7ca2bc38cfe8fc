import { closeNames } from "../catalog/close-names.js";
import { UsageError } from "../errors.js";
/** The detector `id` of `detectors`, or a usage error that names the closest ids. */
export function detectorById<T extends { readonly id: string }>(detectors: readonly T[], id: string): T {
  const detector = detectors.find((d) => d.id === id);
  if (detector) return detector;
  const close = closeNames(
    id,
    detectors.map((d) => d.id),
  );
  const hint =
    close.length > 0 ? `; did you mean ${close.join(", ")}?` : '; run "keyhound detectors" to list ids';
  throw new UsageError(`unknown detector "${id}"${hint}`);
}
