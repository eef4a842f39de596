import type { CliIo } from '../../src/cli.js';

/** A CliIo whose standard output and error are kept, chunk by chunk, for the test to read. */
export function captureIo(cwd: string, env: NodeJS.ProcessEnv = {}): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (sink: string[]) => ({ write: (chunk: string) => sink.push(chunk) }) as unknown as NodeJS.WritableStream;
  return { io: { stdout: stream(out), stderr: stream(err), cwd, env }, out, err };
}
