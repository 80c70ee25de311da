// Tests of the Sync card of Settings: off until a folder is chosen, then where it
// stands (the other computers, problems), and this computer's name.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { SyncStatus } from "../bindings";
import SyncSettings from "./SyncSettings.svelte";
import { plain } from "../i18n/i18n.svelte";

const off: SyncStatus = {
  folder: null,
  device: "0b1f3c9e-8f5e-4c1e-9d7a-2a6c7e4b5d10",
  name: "desk",
  merged_at: null,
  computers: [],
  waiting: 0,
  problems: [],
  encrypted: false,
};

const on: SyncStatus = {
  ...off,
  folder: "/home/me/Sync",
  merged_at: "2026-12-04T19:30:00Z",
  computers: [{ device: "5e1c8e2a-3b7d-4f60-9a51-0c2d4e6f8a9b", name: "Laptop on the sofa", seen_at: "2026-12-04T19:00:00Z" }],
};

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("SyncSettings", () => {
  it("is off until a folder is chosen, then names the other computers", async () => {
    const asked: string[] = [];
    mockIPC((cmd, args) => {
      asked.push(cmd);
      if (cmd === "sync_status") return off;
      if (cmd === "sync_choose_folder") {
        expect((args as { title: string }).title).toContain("folder");
        return on;
      }
    });
    render(SyncSettings);
    expect((await screen.findByTestId("sync-is-off")).textContent).toContain("stays on this computer");
    await fireEvent.click(screen.getByTestId("sync-choose"));
    expect((await screen.findByTestId("sync-computers")).textContent).toContain("Laptop on the sofa");
    expect(screen.getByTestId("sync-folder").textContent).toContain("/home/me/Sync");
    expect(asked).toEqual(["sync_status", "sync_choose_folder"]);
  });

  it("changes nothing when the folder picker is cancelled", async () => {
    mockIPC((cmd) => (cmd === "sync_status" ? off : null));
    render(SyncSettings);
    await fireEvent.click(await screen.findByTestId("sync-choose"));
    expect(await screen.findByTestId("sync-is-off")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows what went wrong and what waits for the folder", async () => {
    const away = { ...on, waiting: 2, problems: ["The sync folder /home/me/Sync is not there."] };
    mockIPC((cmd) => (cmd === "sync_status" ? on : cmd === "sync_now" ? away : undefined));
    render(SyncSettings);
    await fireEvent.click(await screen.findByTestId("sync-now"));
    expect((await screen.findByTestId("sync-problems")).textContent).toContain("is not there");
    expect(plain(screen.getByTestId("sync-merged").textContent)).toContain("2 changes wait for the folder");
  });

  it("renames this computer, and says why a name is refused", async () => {
    mockIPC((cmd, args) => {
      if (cmd === "sync_status") return on;
      if (cmd === "sync_rename") {
        const name = (args as { name: string }).name;
        if (name.includes("\n") || name.length > 60) throw { kind: "invalid_input", message: "A computer's name must be 1 to 60 characters." };
        return { ...on, name };
      }
    });
    render(SyncSettings);
    const field = (await screen.findByLabelText("This computer's name")) as HTMLInputElement;
    await fireEvent.input(field, { target: { value: "Work desktop" } });
    await fireEvent.click(screen.getByRole("button", { name: "Rename" }));
    await screen.findByDisplayValue("Work desktop");
    await fireEvent.input(field, { target: { value: "x".repeat(61) } });
    await fireEvent.click(screen.getByRole("button", { name: "Rename" }));
    expect((await screen.findByTestId("sync-failed")).textContent).toContain("1 to 60");
  });

  it("shows how far a long merge has come while it runs", async () => {
    let finish: (status: SyncStatus) => void = () => undefined;
    mockIPC((cmd) => {
      if (cmd === "sync_status") return on;
      if (cmd === "sync_progress") return 42;
      if (cmd === "sync_now") return new Promise<SyncStatus>((resolve) => (finish = resolve));
    });
    render(SyncSettings);
    await fireEvent.click(await screen.findByTestId("sync-now"));
    expect(plain((await screen.findByTestId("sync-progress")).textContent)).toContain("Merging… 42%");
    finish(on);
    await waitFor(() => expect(screen.queryByTestId("sync-progress")).toBeNull());
  });

  it("sets a passphrase, says the files are encrypted, and takes it off again", async () => {
    const sent: (string | null)[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "sync_status") return on;
      if (cmd === "sync_passphrase") {
        const passphrase = (args as { passphrase: string | null }).passphrase;
        sent.push(passphrase);
        return { ...on, encrypted: passphrase !== null };
      }
    });
    render(SyncSettings);
    expect((await screen.findByTestId("sync-encrypted")).textContent).toContain("Optional");
    const field = screen.getByLabelText("Passphrase for the folder") as HTMLInputElement;
    expect(field.type).toBe("password");
    const set = screen.getByRole("button", { name: "Set passphrase" }) as HTMLButtonElement;
    await fireEvent.input(field, { target: { value: "short" } });
    expect(set.disabled).toBe(true);
    await fireEvent.input(field, { target: { value: "salt water & almond oil" } });
    expect(set.disabled).toBe(false);
    await fireEvent.click(set);
    await waitFor(() => expect(screen.getByTestId("sync-encrypted").textContent).toContain("are encrypted"));
    // What was typed does not stay on the screen.
    expect(field.value).toBe("");
    expect(screen.getByRole("button", { name: "Change passphrase" })).toBeTruthy();
    await fireEvent.click(screen.getByTestId("sync-passphrase-remove"));
    await waitFor(() => expect(screen.getByTestId("sync-encrypted").textContent).toContain("Optional"));
    expect(sent).toEqual(["salt water & almond oil", null]);
    expect(screen.queryByTestId("sync-passphrase-remove")).toBeNull();
  });
});
