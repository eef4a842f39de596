/** YAML files imported for their text (the bundler's text loader; vitest's yaml-as-text plugin). */
declare module '*.yaml' {
  const text: string;
  export default text;
}

/** YAML files parsed at build time (`?data`): the bundler's yaml-as-data plugin; vitest's yaml-imports. */
declare module '*.yaml?data' {
  const data: unknown;
  export default data;
}
