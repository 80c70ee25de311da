import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";

// The built UI is embedded in the Rust binary (tauri.conf.json: frontendDist = ui/dist).
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  clearScreen: false,
  server: {
    // The UI's own folder, and the Rust shell's, which one test reads: the command table
    // test (src/lib/ipc.test.ts) checks ipc.ts against the commands shell.rs registers.
    fs: { allow: [".", "../src-tauri/src"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari16",
    // Keep assets as files served from 'self', never data: URLs inside scripts.
    assetsInlineLimit: 0,
    // No module-preload polyfill: it would be an inline script, which the CSP blocks.
    modulePreload: { polyfill: false },
    // The licence texts (About page) are one lazily loaded chunk of about 730 kB.
    chunkSizeWarningLimit: 800,
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});
