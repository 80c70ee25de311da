import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Settings from "./Settings.svelte";

const status = {
  version: "0.1.0",
  data_dir: "/home/ada/.local/share/app.solewise.desktop",
  database_path: "/home/ada/.local/share/app.solewise.desktop/solewise.db",
  database_error: null,
  notices: [],
};

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("Settings", () => {
  it("shows where the data lives", () => {
    render(Settings, { status });
    expect(screen.getByTestId("data-dir").textContent).toBe(status.data_dir);
  });

  it("confirms a test notification that was sent", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
    });
    render(Settings, { status });
    await fireEvent.click(screen.getByRole("button", { name: "Send a test notification" }));
    expect((await screen.findByRole("status")).textContent).toContain("Sent.");
    expect(calls).toEqual(["send_test_notification"]);
  });

  it("explains why a test notification could not be shown", async () => {
    mockIPC(() => {
      throw { kind: "notification", message: "No notification service is running on this desktop" };
    });
    render(Settings, { status });
    await fireEvent.click(screen.getByRole("button", { name: "Send a test notification" }));
    expect((await screen.findByRole("alert")).textContent).toContain("No notification service is running");
  });
});
