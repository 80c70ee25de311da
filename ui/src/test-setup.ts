// Vitest's setup (vite.config.ts `test.setupFiles`): every test file starts with the
// window in English, read from the catalogue the app ships (locales/en/window.ftl), so
// tests find the same words a person sees. (Read with Vite's `?raw`, as ipc.test.ts reads
// shell.rs: the UI has no Node types to type-check `node:fs` against.)
import english from "../../locales/en/window.ftl?raw";
import { setSystemLocale, useCatalogue } from "./lib/i18n/i18n.svelte";

// Dates, times and numbers are formatted as on a British English system (times as 20:00),
// whatever the machine running the tests is set to.
setSystemLocale("en_GB.UTF-8", "en");
useCatalogue("en", english);
