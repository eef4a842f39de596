/**
 * Reading objects out of a repository without writing a file: one `git cat-file --batch` (or
 * `--batch-check`) process answers every question, in order. Each answer keeps at most the bytes
 * its asker wants, so a large blob costs time, never memory; the process ends with `close()`,
 * or is killed when it runs past its time.
 */
import type { ChildProcess } from 'node:child_process';
import { finished, firstLine, GitError, spawnGit } from './run-git.js';

export type ObjectAnswer =
  | { readonly kind: 'object'; readonly oid: string; readonly type: string; readonly size: number; readonly content: Buffer }
  | { readonly kind: 'missing' }
  /** With symlinks followed: a link on the way leads out of the tree. */
  | { readonly kind: 'outside' }
  /** With symlinks followed: a link leads nowhere, in circles, or through a file. */
  | { readonly kind: 'broken' };

interface Question {
  readonly keep: number;
  readonly resolve: (answer: ObjectAnswer) => void;
  readonly reject: (error: Error) => void;
}

export interface ObjectReaderOptions {
  /** `info`: type and size only (`--batch-check`); `contents`: the object too (`--batch`). */
  readonly mode: 'info' | 'contents';
  /** Follow symlinks inside the tree for `<tree-ish>:<path>` names. */
  readonly followSymlinks?: boolean;
  /** The process is killed, and every open question fails, after this long. */
  readonly timeoutMs: number;
}

export class ObjectReader {
  private child: (ChildProcess & { stdout: NodeJS.ReadableStream }) | undefined;
  private readonly waiting: Question[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  /** The body being read: how many bytes are left of it (its trailing LF included), and what is kept. */
  private body: { remaining: number; readonly keep: number; readonly kept: Buffer[]; keptBytes: number; readonly finish: (content: Buffer) => void } | undefined;
  private failure: GitError | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly directory: string,
    private readonly options: ObjectReaderOptions,
  ) {}

  /** The object `name` names (an object id, or `<tree-ish>:<path>`), keeping at most `keep` bytes of it. */
  ask(name: string, keep = 0): Promise<ObjectAnswer> {
    if (/[\n\r\0]/.test(name)) return Promise.resolve({ kind: 'missing' });
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const child = this.started();
    return new Promise((resolve, reject) => {
      this.waiting.push({ keep, resolve, reject });
      child.stdin!.write(`${name}\n`);
    });
  }

  /** Ends the process; questions still open, and any asked later, fail. */
  close(): void {
    clearTimeout(this.timer);
    this.failure ??= new GitError('the object reader is closed');
    this.child?.stdin?.end();
    if (this.child !== undefined && this.waiting.length > 0) this.child.kill('SIGKILL');
  }

  private started(): ChildProcess & { stdout: NodeJS.ReadableStream } {
    if (this.child !== undefined) return this.child;
    const args = ['cat-file', this.options.mode === 'info' ? '--batch-check' : '--batch', ...(this.options.followSymlinks ? ['--follow-symlinks'] : [])];
    const child = spawnGit(this.directory, args, 'pipe');
    this.child = child;
    // A process that is gone takes its pipe with it: what it was asked is answered below, by its end.
    child.stdin!.on('error', () => undefined);
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.timer = setTimeout(() => {
      this.fail(new GitError(`git cat-file took longer than ${this.options.timeoutMs / 1000} s`, 'timeout'));
      child.kill('SIGKILL');
    }, this.options.timeoutMs);
    this.timer.unref();
    finished(child).then(
      ({ code, stderr }) => {
        clearTimeout(this.timer);
        if (this.waiting.length > 0) this.fail(new GitError(`git cat-file stopped before answering (exit ${code ?? 'killed'})${firstLine(stderr)}`));
      },
      (error: unknown) => this.fail(error instanceof GitError ? error : new GitError(String(error), 'cannot-start')),
    );
    return child;
  }

  private fail(error: GitError): void {
    this.failure ??= error;
    for (const question of this.waiting.splice(0)) question.reject(this.failure);
  }

  private receive(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.body !== undefined) {
        if (!this.takeBody()) return;
        continue;
      }
      const end = this.buffer.indexOf(0x0a);
      if (end === -1) return;
      const header = this.buffer.subarray(0, end).toString('utf8');
      this.buffer = this.buffer.subarray(end + 1);
      this.answerHeader(header);
    }
  }

  /** Consumes what there is of the current body; true when it is complete. */
  private takeBody(): boolean {
    const body = this.body!;
    const taken = this.buffer.subarray(0, Math.min(body.remaining, this.buffer.length));
    this.buffer = this.buffer.subarray(taken.length);
    body.remaining -= taken.length;
    const room = body.keep - body.keptBytes;
    if (room > 0) {
      const kept = taken.subarray(0, room);
      body.kept.push(Buffer.from(kept));
      body.keptBytes += kept.length;
    }
    if (body.remaining > 0) return false;
    this.body = undefined;
    body.finish(Buffer.concat(body.kept));
    return true;
  }

  private answerHeader(header: string): void {
    const question = this.waiting[0];
    if (question === undefined) return;
    const settle = (answer: ObjectAnswer) => {
      this.waiting.shift();
      question.resolve(answer);
    };
    const object = /^([0-9a-f]{40}|[0-9a-f]{64}) ([a-z]+) (\d+)$/.exec(header);
    if (object !== null) {
      const [, oid, type, sizeText] = object as unknown as [string, string, string, string];
      const size = Number(sizeText);
      if (this.options.mode === 'info') return settle({ kind: 'object', oid, type, size, content: Buffer.alloc(0) });
      // The trailing LF is read with the body, never kept.
      this.startBody(size + 1, (content) => settle({ kind: 'object', oid, type, size, content }), Math.min(question.keep, size));
      return;
    }
    // With --follow-symlinks: `symlink|dangling|loop|notdir <size>`, then that many bytes and a LF.
    const link = /^(symlink|dangling|loop|notdir) (\d+)$/.exec(header);
    if (link !== null) {
      const answer: ObjectAnswer = link[1] === 'symlink' ? { kind: 'outside' } : { kind: 'broken' };
      this.startBody(Number(link[2]) + 1, () => settle(answer), 0);
      return;
    }
    // `<name> missing`, `<name> ambiguous`.
    settle({ kind: 'missing' });
  }

  private startBody(length: number, finish: (content: Buffer) => void, keep: number): void {
    this.body = { remaining: length, keep, kept: [], keptBytes: 0, finish };
  }
}
