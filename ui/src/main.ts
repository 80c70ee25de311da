// The page's entry point: notes when the script started, asks the backend which language
// to speak, loads that language's words, then mounts the app.
import "./lib/startup";
import { mount } from "svelte";
import App from "./App.svelte";
import { api } from "./lib/ipc";
import { setLanguage, setSystemLocale } from "./lib/i18n/i18n.svelte";
import "./app.css";

const target = document.getElementById("app");
if (!target) throw new Error("index.html has no #app element");

/** The language to show (the setting's, or the system's), loaded before the first screen
 * so that nothing shows in English first; English when the backend cannot say. */
async function loadLanguage(): Promise<void> {
  try {
    const { active, system, asked } = await api.language();
    setSystemLocale(asked, system);
    await setLanguage(active);
  } catch (error) {
    console.error(`language: ${String(error)}; showing English`);
    await setLanguage("en");
  }
}

export default loadLanguage().then(() => mount(App, { target }));
