// Tests of the About screen.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { appStatus } from "../lib/fixtures";
import About, { type LicenceList } from "./About.svelte";

const status = { ...appStatus, version: "1.2.3" };

const licences: LicenceList = {
  packages: [
    { name: "rusqlite", version: "0.32.1", source: "crate", license: "MIT", authors: ["The rusqlite developers"], repository: "", files: [{ file: "LICENSE", text: "a" }] },
    { name: "svelte", version: "5.0.0", source: "npm", license: "MIT", authors: [], repository: "", files: [{ file: "LICENSE.md", text: "a" }] },
    { name: "option-ext", version: "0.2.0", source: "crate", license: "MPL-2.0", authors: [], repository: "", files: [] },
  ],
  texts: { a: "Permission is hereby granted, free of charge" },
};

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("About", () => {
  it("shows the version and where the data lives", () => {
    mockIPC(() => undefined);
    render(About, { status, loadLicences: async () => licences });
    expect(screen.getByTestId("about-version").textContent).toBe("1.2.3");
    expect(screen.getByTestId("about-data-dir").textContent).toBe(status.data_dir);
  });

  it("opens the data folder, or says why it could not", async () => {
    const calls: string[] = [];
    let fail = false;
    mockIPC((cmd) => {
      calls.push(cmd);
      if (fail) throw { kind: "internal", message: "Your desktop has no program set to open folders" };
    });
    render(About, { status, loadLicences: async () => licences });
    await fireEvent.click(screen.getByRole("button", { name: "Open data folder" }));
    expect((await screen.findByTestId("open-folder-result")).textContent).toContain("Opened");
    expect(calls).toEqual(["open_data_folder"]);
    fail = true;
    await fireEvent.click(screen.getByRole("button", { name: "Open data folder" }));
    expect((await screen.findByRole("alert")).textContent).toContain("no program set to open folders");
  });

  it("lists the licences, finds a package, and shows its licence text when opened", async () => {
    mockIPC(() => undefined);
    render(About, { status, loadLicences: async () => licences });
    expect((await screen.findByTestId("licences")).querySelectorAll("li")).toHaveLength(3);
    await fireEvent.input(screen.getByTestId("licence-filter"), { target: { value: "mpl" } });
    const items = screen.getByTestId("licences").querySelectorAll("li");
    expect([...items].map((li) => li.querySelector(".name")?.textContent)).toEqual(["option-ext"]);
    await fireEvent.input(screen.getByTestId("licence-filter"), { target: { value: "rusq" } });
    const details = screen.getByTestId("licences").querySelector("details")!;
    expect(details.textContent).not.toContain("Permission is hereby granted");
    details.open = true;
    await fireEvent(details, new Event("toggle"));
    expect(details.textContent).toContain("Permission is hereby granted");
  });
});
