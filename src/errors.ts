/** A mistake the user can fix (bad option, missing path): reported in one line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
