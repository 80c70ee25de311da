import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";

import { readFileSync } from "node:fs";
import { part, startIds, type Part } from "./src/lib/i18n/parts";

/** Each language's catalogue as the page gets it: the messages without the comments
 * written for translators (a third of the file), which the page never reads. Fluent
 * comments start at the beginning of a line; a message's lines never do with "#".
 * `?raw` is the whole catalogue (tests); `?catalogue=start` and `?catalogue=rest` are its
 * two parts (src/lib/i18n/parts.ts), which the page loads one after the other. */
function catalogueWithoutComments() {
  const english = () => readFileSync(new URL("../locales/en/window.ftl", import.meta.url), "utf8");
  return {
    name: "solewise-catalogue-without-comments",
    enforce: "pre" as const,
    load(id: string) {
      const [path = "", query] = id.split("?");
      if (!path.endsWith(".ftl")) return null;
      const which = /^catalogue=(start|rest)$/.exec(query ?? "")?.[1] as Part | undefined;
      if (query !== "raw" && !which) return null;
      const source = readFileSync(path, "utf8");
      const text = which
        ? part(source, startIds(english()), which)
        : source
            .split("\n")
            .filter((line: string) => !line.startsWith("#"))
            .join("\n")
            .replace(/\n{3,}/g, "\n\n");
      return `export default ${JSON.stringify(text)};`;
    },
  };
}

// The built UI is embedded in the Rust binary (tauri.conf.json: frontendDist = ui/dist).
export default defineConfig({
  plugins: [catalogueWithoutComments(), svelte(), svelteTesting()],
  clearScreen: false,
  server: {
    // The UI's own folder; the window's catalogues (locales/<tag>/window.ftl, loaded by
    // src/lib/i18n/i18n.svelte.ts); and the Rust shell's, which one test reads: the command
    // table test (src/lib/ipc.test.ts) checks ipc.ts against the commands shell.rs registers.
    fs: { allow: [".", "../locales", "../src-tauri/src"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunk holds which language's catalogue (make bench).
    manifest: true,
    target: "safari16",
    // Keep assets as files served from 'self', never data: URLs inside scripts.
    assetsInlineLimit: 0,
    // No module-preload polyfill: it would be an inline script, which the CSP blocks.
    modulePreload: { polyfill: false },
    // The licence texts (About page) are one lazily loaded chunk of about 840 kB.
    chunkSizeWarningLimit: 900,
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    // Every test starts in English, from the catalogue itself (src/test-setup.ts).
    setupFiles: ["src/test-setup.ts"],
  },
});
