import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic, DiagnosticCode } from '../diagnostics.js';
import type { DataPath, SourceDocument } from '../load/source.js';
import * as compiled from './compiled-schemas.js';
import { describeValue, isWordLike, quoteName, showValue } from './describe-value.js';
import { didYouMean } from './suggest.js';

export type SchemaName = 'ControlImplementation' | 'Mapping' | 'Config';

const knownKinds: readonly string[] = ['ControlImplementation', 'Mapping', 'Config'];

/** Validators generated from schemas/ at build time (scripts/compile-schemas.mjs): nothing is compiled at run time. */
function validatorFor(name: SchemaName): ValidateFunction {
  return compiled[name];
}

/** A schema finding, kept with its data path so later stages know what it invalidates. */
export interface SchemaFinding {
  readonly path: DataPath;
  /** Unknown keys are reported but do not make the surrounding data unusable. */
  readonly unknownKey: boolean;
  readonly diagnostic: Diagnostic;
}

export function checkSchema(name: SchemaName, document: SourceDocument): SchemaFinding[] {
  const validate = validatorFor(name);
  if (validate(document.data)) return [];
  return dropRedundant(validate.errors ?? []).map((error) => toFinding(error, document));
}

/** `const` on kind/apiVersion fails alongside other errors; those say enough. */
function dropRedundant(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => error.keyword !== 'if');
}

function toFinding(error: ErrorObject, document: SourceDocument): SchemaFinding {
  const path = parsePointer(error.instancePath);
  const field = describeField(path);
  const report = (code: DiagnosticCode, message: string, at: DataPath, anchor: 'key' | 'value' = 'value'): SchemaFinding => ({
    path: at,
    unknownKey: code === 'unknown-key',
    diagnostic: { severity: 'error', code, message, ...document.locate(at, anchor) },
  });

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return report('unknown-key', `unknown key ${quoteName(key)}${field ? ` in ${field}` : ''}${isWordLike(key) ? didYouMean(key, known) : ''}`, [...path, key], 'key');
    }
    case 'required': {
      const missing = String(error.params.missingProperty);
      // Only a per_file item requires a path (an item may otherwise give a url instead).
      const why = missing === 'path' ? ': a per_file item counts the files its path matches' : '';
      return report('missing-field', `${field || 'the document'} is missing the required key "${missing}"${why}`, path);
    }
    case 'false schema': {
      const key = String(path.at(-1));
      return report('invalid-value', `${field} cannot be given on a per_file item: each file it matches is an instance of its own, dated by its name, with 1 sample${key === 'url' ? ' (per_file needs a path)' : ''}`, path, 'key');
    }
    case 'const': {
      const expected = String(error.params.allowedValue);
      const code: DiagnosticCode = path.length === 1 && path[0] === 'kind' ? 'wrong-kind' : 'invalid-value';
      // Another kind crosswalk knows can be named: it is one of crosswalk's own words, not the file's content.
      const found = typeof error.data === 'string' && knownKinds.includes(error.data) ? `"${error.data}"` : describeValue(error.data);
      return report(code, `${field} must be "${expected}", found ${found}`, path);
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      return report('invalid-value', `${field} must be one of ${allowed.join(', ')}; found ${showValue(error.data)}${isWordLike(error.data) ? didYouMean(error.data, allowed) : ''}`, path);
    }
    case 'type':
      return report('invalid-value', `${field} must be ${article(String(error.params.type))}, found ${showValue(error.data)}`, path);
    case 'format':
      return report('invalid-value', `${field} must be ${error.params.format === 'date' ? 'a calendar date written YYYY-MM-DD' : `a valid ${String(error.params.format)}`}, found ${showValue(error.data)}`, path);
    case 'minItems':
      return report('invalid-value', `${field} must not be empty`, path);
    case 'minLength':
      return report('invalid-value', `${field} must not be empty`, path);
    case 'pattern':
      return report('invalid-value', `${field} may contain only letters, digits, ".", "_", ":" and "-"; found ${showValue(error.data)} with other characters`, path);
    default:
      return report('invalid-value', `${field} ${error.message ?? 'is invalid'}`, path);
  }
}

function parsePointer(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** `controls[2].evidence[0].collected`: how a person would name the place. */
export function describeField(path: DataPath): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function article(type: string): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', integer: 'a whole number', number: 'a number', boolean: 'true or false' };
  return names[type] ?? `a ${type}`;
}
