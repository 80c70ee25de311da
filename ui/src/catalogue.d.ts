// A catalogue as its translators read it, comments and all (vite.config.ts gives the
// page `?raw` without the comments).
declare module "*.ftl?raw&source" {
  const text: string;
  export default text;
}
