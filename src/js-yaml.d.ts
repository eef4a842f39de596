/**
 * The part of js-yaml 4 that the fast path uses (load with a listener). js-yaml ships no types;
 * this is smaller than a dependency on @types/js-yaml for three names.
 */
declare module 'js-yaml' {
  /** The loader's state as the listener sees it: where it is, and on 'close' what the node became. */
  export interface LoaderState {
    readonly position: number;
    readonly kind: 'scalar' | 'sequence' | 'mapping' | null;
    readonly result: unknown;
  }
  export interface Schema {
    readonly __schema?: never;
  }
  export const FAILSAFE_SCHEMA: Schema;
  export function load(
    text: string,
    options?: {
      schema?: Schema;
      json?: boolean;
      maxDepth?: number;
      listener?: (event: 'open' | 'close', state: LoaderState) => void;
    },
  ): unknown;
}
