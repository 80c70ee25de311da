// The user's settings, held once for every screen: filled from `start_up`, replaced by
// what the backend answers to every successful save. Screens read `settings.current` at
// the moment they need a value (the player reads the chime at each step), so a change in
// Settings reaches them without a restart.
import { api } from "../ipc";
import type { Settings } from "../bindings";

export const settings = $state<{ current: Settings | null }>({ current: null });

/** The settings as the backend sent them with the first screen's data (null when the
 * database could not be opened). */
export function setSettings(current: Settings | null): void {
  settings.current = current ? { ...current } : null;
}

/** The settings, asked of the backend only when start-up did not bring them. */
export async function loadSettings(): Promise<Settings> {
  return settings.current ?? reloadSettings();
}

/** Reads the settings again (after a backup was restored, say). */
export async function reloadSettings(): Promise<Settings> {
  const loaded = await api.getSettings();
  settings.current = { ...loaded };
  return loaded;
}

/** Saves `next`; the store takes what the backend kept only once the save succeeded. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const saved = await api.saveSettings(next);
  settings.current = { ...saved };
  return saved;
}
