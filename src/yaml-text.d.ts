/** YAML files imported for their text (the bundler's text loader; vitest's yaml-as-text plugin). */
declare module '*.yaml' {
  const text: string;
  export default text;
}
