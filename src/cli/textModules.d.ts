/**
 * Text files imported as strings: esbuild's "text" loader in the CLI bundle (scripts/build-cli.js),
 * test/shims/textTransform.js under Jest. The CLI embeds the add-in's development manifest this way.
 */
declare module "*.xml" {
  const text: string;
  export default text;
}
