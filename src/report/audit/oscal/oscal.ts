/**
 * What both OSCAL 1.1.3 models crosswalk exports share: UUIDs derived from the organization's
 * namespace, time stamps from the as-of date, properties that satisfy OSCAL's datatypes,
 * metadata with the organization and the owners as parties, the shipped catalogs as back-matter
 * resources, a content digest as the version, and the note on what a file with errors left out.
 * Documents must validate against NIST's JSON Schema, which rejects empty arrays, unknown keys,
 * UUIDs other than v4/v5 and date-times without a zone.
 */
import { createHash } from 'node:crypto';
import mime from 'mime';
import { compareStrings } from '../../../diagnostics.js';
import { plural } from '../../../text.js';
import type { ControlReport, Report } from '../../report.js';
import { shippedCatalogs } from './catalogs.js';

const oscalVersion = '1.1.3';

export const oscalModels = ['assessment-results', 'component-definition'] as const;
export type OscalModel = (typeof oscalModels)[number];

/**
 * crosswalk's own namespace (a v4 UUID drawn once): only the namespace derived for an organization
 * that sets none is taken from it, never a document's UUID.
 */
const crosswalkNamespace = '9b8f7e6d-5dd0-4999-92ca-e2a7b0e4005a';

/** Namespace of crosswalk's own property names (OSCAL requires one for names it does not define). */
export const propertyNamespace = 'https://github.com/crosswalk-dev/crosswalk/ns/oscal';

/** A file crosswalk ships, where the release that exported the document has it. */
export function releaseFile(report: Report, file: string): string {
  return `https://raw.githubusercontent.com/crosswalk-dev/crosswalk/v${report.tool.version}/${file}`;
}

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

/** A file of the repository the export refers to, with the SHA-256 of its bytes. */
export interface HashedFile {
  /** Repository-relative, `/` separators. */
  readonly path: string;
  readonly sha256: string;
}

/** What the assessment was planned with: the configuration and the mapping, when they are files of the repository. */
export interface PlanSources {
  readonly config?: HashedFile | undefined;
  readonly mapping?: HashedFile | undefined;
}

export interface OscalOptions {
  /** The namespace UUIDs are derived from (`oscal.namespace`, `--namespace`); default: derived from the organization's content. */
  readonly namespace?: string | undefined;
  /** The organization's name, for titles and its party (`oscal.organization`, else the repository folder's name). */
  readonly organization?: string | undefined;
  readonly plan?: PlanSources | undefined;
}

/** What every part of a document derives from: the resolved options. */
export interface OscalContext {
  readonly namespace: string;
  readonly organization: string | undefined;
  readonly plan: PlanSources;
}

export function oscalContext(report: Report, options: OscalOptions): OscalContext {
  // A name is one line of text; a blank one (a folder named " ") is no name.
  const organization = options.organization?.replace(/\s+/gu, ' ').trim() || undefined;
  return { namespace: options.namespace ?? derivedNamespace(report, organization), organization, plan: options.plan ?? {} };
}

/**
 * The namespace of an organization that set none: derived from what is its own (its name, its
 * control ids and their owners), so two organizations do not share UUIDs; it changes when they
 * do, which is why `oscal.namespace` should be set.
 */
export function derivedNamespace(report: Report, organization: string | undefined): string {
  const controls = report.controls.map((control) => [control.id, control.owner ?? '']).sort(([a], [b]) => compareStrings(a!, b!));
  return uuidV5(JSON.stringify({ organization: organization ?? null, controls }), crosswalkNamespace);
}

/** "Acme — title", or the title alone when the organization is not known. */
export function titled(context: OscalContext, title: string): string {
  return context.organization === undefined ? title : `${context.organization} — ${title}`;
}

// --- parties ---------------------------------------------------------------------------------

export const controlOwnerRole = 'control-owner';

interface Party {
  readonly uuid: string;
  readonly type: 'person' | 'organization';
  readonly name: string;
  readonly 'email-addresses'?: readonly string[];
  readonly props?: readonly OscalProperty[];
  readonly 'member-of-organizations'?: readonly string[];
}

export function organizationUuid(context: OscalContext): string {
  return uuidV5('party organization', context.namespace);
}

export function ownerUuid(owner: string, context: OscalContext): string {
  return uuidV5(`party ${owner}`, context.namespace);
}

/**
 * An owner as a party. Owners are free text; what each form says: `Name <email>` and `@handle`
 * are people, `@org/team` a GitHub team, an address alone a mailbox (a team's, more often than
 * not, in a compliance repository), other text a person unless it names a group.
 */
function ownerParty(owner: string, context: OscalContext): Party {
  const flat = owner.replace(/\s+/gu, ' ').trim();
  const party = (type: Party['type'], name: string, form: string, email?: string): Party => ({
    uuid: ownerUuid(owner, context),
    type,
    name,
    ...(email === undefined ? {} : { 'email-addresses': [email] }),
    props: prop('owner-form', form),
    'member-of-organizations': [organizationUuid(context)],
  });
  const named = /^(.+?) ?<([^<>]+)>$/u.exec(flat);
  if (named && isEmailAddress(named[2]!)) return party('person', named[1]!, 'person', named[2]!);
  if (isEmailAddress(flat)) return party('organization', flat, 'email', flat);
  if (/^@[\w.-]+\/[\w.-]+$/u.test(flat)) return party('organization', flat, 'github-team');
  if (/^@[\w-]+$/u.test(flat)) return party('person', flat, 'github-user');
  const group = /\b(team|group|department|dept|office|committee|board|unit|squad|ops)\b/iu.test(flat);
  return party(group ? 'organization' : 'person', flat, group ? 'team' : 'person');
}

/**
 * An address OSCAL's `email` format accepts (the dot-atom form; a quoted or international address
 * stays the party's name only, so the document stays valid).
 */
function isEmailAddress(text: string): boolean {
  return /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(text);
}

/** Distinct non-blank owners of the controls, in order. */
export function ownersOf(controls: readonly ControlReport[]): string[] {
  return [...new Set(controls.map((control) => control.owner).filter((owner): owner is string => owner !== null && owner.trim() !== ''))].sort(compareStrings);
}

/** The control's owner as a responsible role, or nothing when it has none. */
export function ownerRoles(control: ControlReport, context: OscalContext): { 'responsible-roles'?: readonly unknown[] } {
  if (control.owner === null || control.owner.trim() === '') return {};
  return { 'responsible-roles': [{ 'role-id': controlOwnerRole, 'party-uuids': [ownerUuid(control.owner, context)] }] };
}

// --- metadata and back matter ----------------------------------------------------------------

export function metadata(report: Report, context: OscalContext, title: string, remarks: string | undefined): Record<string, unknown> {
  const modified = timestamp(report.asOf);
  if (modified === undefined) throw new RangeError(`OSCAL cannot express the as-of date ${report.asOf}: its dates run from 1900 to 2999`);
  const owners = ownersOf(report.controls);
  const organization: Party = { uuid: organizationUuid(context), type: 'organization', name: context.organization ?? 'The organization' };
  return {
    title: titled(context, title),
    'last-modified': modified,
    // Replaced by the content digest once the document is complete (versioned()).
    version: '',
    'oscal-version': oscalVersion,
    props: [...prop('tool', `${report.tool.name} ${report.tool.version}`), ...prop('mapping', report.mapping.name), ...prop('as-of', report.asOf)],
    roles: [
      { id: 'prepared-for', title: 'Prepared for: the organization whose compliance repository this is' },
      { id: controlOwnerRole, title: 'Control owner: answers for an org control and its evidence' },
    ],
    parties: [organization, ...owners.map((owner) => ownerParty(owner, context))],
    'responsible-parties': [{ 'role-id': 'prepared-for', 'party-uuids': [organization.uuid] }, ...(owners.length === 0 ? [] : [{ 'role-id': controlOwnerRole, 'party-uuids': owners.map((owner) => ownerUuid(owner, context)) }])],
    ...(remarks === undefined ? {} : { remarks }),
  };
}

/**
 * The document with `metadata.version` set to a digest of everything else in it: changed content
 * is a new version even on the same day, and an unchanged repository keeps its version.
 */
export function versioned<M extends string>(model: M, body: { readonly uuid: string; readonly metadata: Record<string, unknown>; readonly [key: string]: unknown }): { [K in M]: unknown } {
  const digest = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  return { [model]: { ...body, metadata: { ...body.metadata, version: `sha256:${digest.slice(0, 16)}` } } } as { [K in M]: unknown };
}

export type CatalogKey = keyof typeof shippedCatalogs;

export function catalogResourceUuid(key: CatalogKey, context: OscalContext): string {
  return uuidV5(`resource catalog ${key}`, context.namespace);
}

/**
 * A shipped catalog as a back-matter resource: where the release that exported the document has
 * it, as an OSCAL catalog, with its SHA-256 (the same file is in the npm package, under mappings/oscal/).
 */
export function catalogResource(key: CatalogKey, report: Report, context: OscalContext): Record<string, unknown> {
  const catalog = shippedCatalogs[key];
  return {
    uuid: catalogResourceUuid(key, context),
    title: catalog.title,
    description: `The OSCAL catalog crosswalk ships (${catalog.path} in its repository and npm package, catalog UUID ${catalog.uuid}).`,
    rlinks: [{ href: releaseFile(report, catalog.path), 'media-type': catalogMediaType, hashes: [{ algorithm: 'SHA-256', value: catalog.sha256 }] }],
  };
}

export const catalogMediaType = 'application/oscal.catalog+json';

/** A file's media type by its name; `application/octet-stream` when the name says nothing. */
export function mediaType(file: string): string {
  return mime.getType(file) ?? 'application/octet-stream';
}

/** A repository file as a back-matter rlink: its path relative to the repository root, media type and SHA-256. */
export function fileLink(file: { readonly path: string; readonly sha256: string | null }): Record<string, unknown> {
  return { href: pathReference(file.path), 'media-type': mediaType(file.path), ...(file.sha256 === null ? {} : { hashes: [{ algorithm: 'SHA-256', value: file.sha256 }] }) };
}

/** What every document says about its hrefs to files. */
export const relativeHrefs = 'Hrefs to files (evidence, configuration, mapping) are relative to the root of the compliance repository the document was exported from.';

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
