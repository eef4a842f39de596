/**
 * A promise started ahead of the code that awaits it, so its I/O runs beside other work: a
 * rejection is left for that code to handle, and is never reported as unhandled when the run
 * fails, or takes another path, before it gets there.
 */
export function started<T>(work: Promise<T>): Promise<T> {
  work.catch(() => undefined);
  return work;
}
