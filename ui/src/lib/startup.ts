// When the page's script began to run (ms since the page began to load): the first thing
// main.ts imports, so that the start-up log can tell loading the page from building it.
export const scriptStarted = performance.now();
