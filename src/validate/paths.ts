/**
 * Why a path written in the repository (evidence, a mapping) could leave the repository, or undefined when it stays inside.
 * Symlinks are checked where files are listed; this is the check on the text alone.
 */
export function unsafePathReason(pattern: string): string | undefined {
  if (pattern.includes('\0')) return 'contains a NUL character';
  if (/^([/\\]|[A-Za-z]:)/.test(pattern)) return 'is absolute: paths are relative to the repository root';
  if (pattern.split(/[/\\]/).some((segment) => segment === '..')) return 'climbs out with "..": it must stay inside the repository';
  return undefined;
}
