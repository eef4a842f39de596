/**
 * NIST's OSCAL 1.1.3 JSON Schema, compiled once per test file (it is large: about a second).
 * A copy lives in test/support/oscal/ so a fresh clone's `npm test` validates with it;
 * CROSSWALK_OSCAL_SCHEMA names another copy. Without one the tests fail, saying where they
 * looked, rather than pass without validating anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const schemaFile = 'oscal_complete_schema-1-1-3.json';

export function oscalSchemaPath(): string {
  const candidates = [process.env.CROSSWALK_OSCAL_SCHEMA, path.resolve(repoRoot, 'test/support/oscal', schemaFile)].filter(
    (candidate): candidate is string => candidate !== undefined && candidate !== '',
  );
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) throw new Error(`NIST's OSCAL 1.1.3 schema was not found; looked at:\n  ${candidates.join('\n  ')}\nSet CROSSWALK_OSCAL_SCHEMA to its path.`);
  return found;
}

/** Draft-07 with formats (date-time, uri-reference) and Unicode patterns (`\p{L}`), as NIST's schema needs. */
export function compileOscalSchema(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: true });
  // ajv-formats is CommonJS: its function is the default export's `default` under NodeNext typing.
  formats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(oscalSchemaPath(), 'utf8')) as object);
}

/**
 * The errors worth reading: the root is a oneOf over every model, so each document also fails
 * the six models it is not; those errors sit at the root and say nothing.
 */
export function oscalErrors(validate: ValidateFunction, document: unknown): string[] {
  if (validate(document)) return [];
  const errors = validate.errors ?? [];
  const inside = errors.filter((error) => error.instancePath !== '');
  return (inside.length > 0 ? inside : errors).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}
