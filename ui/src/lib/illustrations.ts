// URLs of the technique drawings (ui/src/illustrations/*.svg), bundled by Vite as files
// so they load from 'self' under the CSP.
const urls = import.meta.glob("../illustrations/*.svg", {
  eager: true,
  query: "?url",
  import: "default",
}) as Record<string, string>;

export function illustrationUrl(file: string): string | undefined {
  return urls[`../illustrations/${file}`];
}
