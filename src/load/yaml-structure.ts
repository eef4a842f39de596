/**
 * Checks on a composed YAML document that the `yaml` package either does in quadratic time
 * (unique keys: each key compared with every earlier one) or does not do at all (how much data
 * aliases expand to, and aliases that contain themselves). Each is one pass over the nodes.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/** Up to this many keys a mapping is checked by comparing names (no Set to allocate); past it, with a Set. */
const smallMapping = 16;

/**
 * One walk over the keys of every mapping: returns the offsets of keys that repeat an earlier key
 * of the same mapping, and makes numbers under an id key (`implements: [10.10]`, the nearest
 * enclosing key) keep the text they were written as, so 10.10 does not become 10.1. Keys are
 * compared by the name they get in the data, so `1:` and `"1":` collide too: both would set the
 * same field.
 */
export function checkKeys(document: Document, idKeys: ReadonlySet<string>): number[] {
  const duplicates: number[] = [];
  const pending: { node: unknown; underIdKey: boolean }[] = [{ node: document.contents, underIdKey: false }];
  while (pending.length > 0) {
    const { node, underIdKey } = pending.pop()!;
    if (isScalar(node)) {
      if (underIdKey && typeof node.value === 'number' && node.source !== undefined) node.value = node.source;
    } else if (isMap(node)) {
      const names = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : undefined));
      const seen = names.length > smallMapping ? new Set<string>() : undefined;
      for (const [index, pair] of node.items.entries()) {
        const name = names[index];
        if (name !== undefined) {
          const repeated = seen ? seen.has(name) : names.indexOf(name) < index;
          if (repeated) duplicates.push((pair.key as { range?: [number, number, number] }).range?.[0] ?? 0);
          seen?.add(name);
        }
        pending.push({ node: pair.key, underIdKey: false }, { node: pair.value, underIdKey: name !== undefined && idKeys.has(name) });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push({ node: item, underIdKey });
    }
  }
  return duplicates.sort((a, b) => a - b);
}

/** How many nodes each alias use adds to the data, on average, before a file is refused. */
export const nodesPerAlias = 100;

export type AliasProblem =
  | { readonly kind: 'unresolved'; readonly offset: number }
  | { readonly kind: 'cycle'; readonly offset: number }
  | { readonly kind: 'expansion'; readonly offset: number };

/**
 * Measures the data the document turns into with every alias written out, without writing
 * anything out: an anchored node's size is computed once and an alias adds it. More than
 * `maxAdded` nodes added, an alias inside the node it names (the data would be circular), or an
 * alias without an anchor before it is a problem, reported at the first alias involved.
 * Recursive: call it only on documents whose nesting is already bounded.
 */
export function checkAliases(document: Document, maxAdded: number): AliasProblem | undefined {
  const anchors = new Map<string, unknown>();
  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  let ownNodes = 0;
  let firstAlias: number | undefined;
  let problem: AliasProblem | undefined;

  const sizeOf = (node: unknown): number => {
    if (problem !== undefined || node === null || node === undefined) return 0;
    if (isAlias(node)) {
      ownNodes += 1;
      const offset = node.range?.[0] ?? 0;
      firstAlias ??= offset;
      const target = anchors.get(node.source);
      if (target === undefined) problem = { kind: 'unresolved', offset };
      else if (open.has(target)) problem = { kind: 'cycle', offset };
      return sizes.get(target) ?? 1;
    }
    ownNodes += 1;
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor !== undefined) {
      anchors.set(anchor, node);
      open.add(node);
    }
    let total = 1;
    if (isMap(node)) for (const pair of node.items) total += sizeOf(pair.key) + sizeOf(pair.value);
    else if (isSeq(node)) for (const item of node.items) total += sizeOf(item);
    else if (isPair(node)) total += sizeOf(node.key) + sizeOf(node.value);
    if (anchor !== undefined) {
      open.delete(node);
      sizes.set(node, total);
    }
    return total;
  };

  const expanded = sizeOf(document.contents);
  if (problem !== undefined) return problem;
  const added = expanded - ownNodes;
  return added > maxAdded ? { kind: 'expansion', offset: firstAlias ?? 0 } : undefined;
}
