/**
 * What both OSCAL 1.1.3 models crosswalk exports share: deterministic UUIDs, time stamps from
 * the as-of date, properties that satisfy OSCAL's datatypes, metadata, and the note on what a
 * file with errors left out. Documents must validate against NIST's JSON Schema, which rejects
 * empty arrays, unknown keys, UUIDs other than v4/v5 and date-times without a zone.
 */
import { createHash } from 'node:crypto';
import { plural } from '../../text.js';
import type { Report } from '../report.js';

const oscalVersion = '1.1.3';

export const oscalModels = ['assessment-results', 'component-definition'] as const;
export type OscalModel = (typeof oscalModels)[number];

/**
 * The namespace every crosswalk UUID is derived from (a v4 UUID drawn once). An organization
 * that needs UUIDs no other crosswalk user can produce passes its own (`--namespace`).
 */
export const crosswalkNamespace = '9b8f7e6d-5dd0-4999-92ca-e2a7b0e4005a';

/** Namespace of crosswalk's own property names (OSCAL requires one for names it does not define). */
const propertyNamespace = 'https://github.com/crosswalk-dev/crosswalk/ns/oscal';

/** RFC 9562 UUID version 5: SHA-1 of the namespace's bytes and the name, version and variant bits set. */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}

/**
 * A date as an OSCAL date-time at midnight UTC; undefined for a year OSCAL cannot express (its
 * date-time pattern allows 1900 to 2999 only).
 */
export function timestamp(date: string): string | undefined {
  const year = Number(date.slice(0, 4));
  return year >= 1900 && year <= 2999 ? `${date}T00:00:00Z` : undefined;
}

export interface OscalProperty {
  readonly name: string;
  readonly value: string;
  readonly ns?: string;
  readonly class?: string;
  readonly remarks?: string;
}

/**
 * A crosswalk property, or none when the value is empty: OSCAL property values are one line
 * without leading or trailing space, so user text is flattened and trimmed first.
 */
export function prop(name: string, value: string, extra: Pick<OscalProperty, 'class' | 'remarks'> = {}): OscalProperty[] {
  const flat = value.replace(/\s+/gu, ' ').trim();
  return flat === '' ? [] : [{ name, ns: propertyNamespace, value: flat, ...extra }];
}

/** `{ key: items }` when there are items; OSCAL rejects an empty array, so nothing otherwise. */
export function some<K extends string, T>(key: K, items: readonly T[]): { [P in K]?: readonly T[] } {
  return (items.length > 0 ? { [key]: items } : {}) as { [P in K]?: readonly T[] };
}

/** A repository-relative path as a URI reference: each segment percent-encoded. */
export function pathReference(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** An OSCAL token (a control id): Annex A ids are tokens as they are; ISMS clauses start with a digit. */
export function isoToken(iso: string): string {
  return /^\p{L}/u.test(iso) ? iso : `clause-${iso}`;
}

export interface OscalOptions {
  /** The namespace UUIDs are derived from; default: crosswalk's. */
  readonly namespace?: string | undefined;
}

export function metadata(report: Report, title: string, remarks: string | undefined): Record<string, unknown> {
  const modified = timestamp(report.asOf);
  if (modified === undefined) throw new RangeError(`OSCAL cannot express the as-of date ${report.asOf}: its dates run from 1900 to 2999`);
  return {
    title,
    'last-modified': modified,
    version: report.asOf,
    'oscal-version': oscalVersion,
    props: [...prop('tool', `${report.tool.name} ${report.tool.version}`), ...prop('mapping', report.mapping.name)],
    ...(remarks === undefined ? {} : { remarks }),
  };
}

/** The files whose errors left something out of the export, each with its first error. */
function filesLeftOut(report: Report): { readonly file: string; readonly errors: number; readonly first: string }[] {
  const byFile = new Map<string, { errors: number; first: string }>();
  for (const diagnostic of report.diagnostics) {
    if (diagnostic.severity !== 'error') continue;
    const seen = byFile.get(diagnostic.file);
    if (seen) seen.errors++;
    else byFile.set(diagnostic.file, { errors: 1, first: `line ${diagnostic.line}: ${diagnostic.message}` });
  }
  return [...byFile].map(([file, { errors, first }]) => ({ file, errors, first }));
}

/** One paragraph on what errors left out, for `remarks` and standard error; undefined when nothing was. */
export function leftOutRemark(report: Report): string | undefined {
  const files = filesLeftOut(report);
  if (files.length === 0) return undefined;
  const list = files.map(({ file, errors, first }) => `${file} (${plural(errors, 'error')}; ${first})`).join('; ');
  return `Incomplete: what these files hold that did not validate was left out of this document, the rest is exported: ${list}.`;
}
