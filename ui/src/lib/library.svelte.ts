// The technique and routine library, loaded once from the backend and reloaded after a
// change. Screens read `library.current`; nothing here computes what the backend owns.
import { api, errorMessage } from "./ipc";
import type { Library } from "./bindings";

export const library = $state<{ current: Library | null; error: string | null }>({
  current: null,
  error: null,
});

/** The library as the backend sent it with the first screen's data. */
export function setLibrary(current: Library): void {
  library.current = current;
  library.error = null;
}

export async function reloadLibrary(): Promise<void> {
  try {
    library.current = await api.library();
    library.error = null;
  } catch (error) {
    library.error = errorMessage(error);
  }
}
