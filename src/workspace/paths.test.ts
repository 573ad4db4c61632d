import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WorkspaceError } from "./errors";
import { checkRelativePath, resolveInside } from "./paths";
import { createWorkspace } from "./service";
import { makeWorkspace, SAMPLE_TEXT, type TempWorkspace } from "./testing";

function refusal(run: () => unknown): WorkspaceError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkspaceError) return error;
    throw error;
  }
  return undefined;
}

describe("paths as written", () => {
  it.each([
    ["../x.txt", "leaves"],
    ["a/../../x.txt", "leaves"],
    ["..", "leaves"],
    ["/etc/passwd", "absolute"],
    ["C:/Windows/win.ini", "drive"],
    ["c:x.txt", "drive"],
    ["\\\\server\\share\\x.txt", "UNC"],
    ["//server/share/x.txt", "UNC"],
    ["a\\..\\..\\x.txt", "between folders"],
    ["x\0.txt", "NUL"],
    ["", "empty"],
    [".", "workspace itself"],
  ])("%j is refused (%s)", (input, why) => {
    const error = refusal(() => checkRelativePath(input));
    expect(error?.kind).toBe("refused");
    expect(error?.message).toContain(why);
  });

  it("a path that stays inside is normalised, not refused", () => {
    expect(checkRelativePath("a/./b/../c.txt")).toBe("a/c.txt");
    expect(checkRelativePath("notes..txt")).toBe("notes..txt");
  });
});

describe("paths on disk", () => {
  let ws: TempWorkspace;
  let outside: string;
  beforeEach(async () => {
    ws = await makeWorkspace();
    outside = await mkdtemp(path.join(tmpdir(), "argumap-outside-"));
    await writeFile(path.join(outside, "secret.txt"), "not yours\n");
  });
  afterEach(async () => {
    await ws.remove();
    await rm(outside, { recursive: true, force: true });
  });

  it("a symbolic link inside the workspace that leads outside is refused, for a file and for a folder", async () => {
    await symlink(path.join(outside, "secret.txt"), path.join(ws.root, "link.txt"));
    await symlink(outside, path.join(ws.root, "elsewhere"));
    const service = createWorkspace(ws.root);
    await expect(service.openDocument("link.txt")).rejects.toMatchObject({ kind: "refused" });
    await expect(service.openDocument("elsewhere/secret.txt")).rejects.toMatchObject({ kind: "refused" });
    // A file not yet written below the link is refused too: its parent resolves outside.
    await expect(resolveInside(ws.root, "elsewhere/new.argmap.json")).rejects.toMatchObject({ kind: "refused" });
  });

  it("a dangling symbolic link is refused rather than written through", async () => {
    await symlink(path.join(outside, "not-yet.json"), path.join(ws.root, "dangling.argmap.json"));
    await expect(resolveInside(ws.root, "dangling.argmap.json")).rejects.toMatchObject({ kind: "refused" });
  });

  it("the service refuses ../, absolute and a/../../ paths, and files that are not texts", async () => {
    const service = createWorkspace(ws.root);
    for (const bad of ["../x.txt", path.join(outside, "secret.txt"), "a/../../x.txt", "package.json"]) {
      await expect(service.openDocument(bad)).rejects.toMatchObject({ kind: "refused" });
    }
  });

  it("a text in a subfolder and a link that stays inside are allowed", async () => {
    await mkdir(path.join(ws.root, "sub"));
    await writeFile(path.join(ws.root, "sub", "a.txt"), "Een zin.\n");
    await symlink(path.join(ws.root, SAMPLE_TEXT), path.join(ws.root, "alias.txt"));
    const service = createWorkspace(ws.root);
    expect((await service.openDocument("sub/a.txt")).text).toBe("Een zin.\n");
    expect((await service.openDocument("alias.txt")).path).toBe("alias.txt");
  });
});
