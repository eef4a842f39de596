/**
 * crosswalk could not run at all (bad flags, an unreadable or invalid config or mapping):
 * exit 2 with this one-line reason. Problems in the user's control files are never this;
 * they are diagnostics, and the rest of the repository is still checked.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
