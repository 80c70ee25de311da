// After a screen changes what it shows, start at its top and move focus to its heading,
// so keyboard and screen-reader users land where sighted users look.
import { tick } from "svelte";

export async function showTop(): Promise<void> {
  await tick();
  const main = document.getElementById("content");
  main?.scrollTo({ top: 0 });
  const heading = main?.querySelector<HTMLElement>("h1");
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}
