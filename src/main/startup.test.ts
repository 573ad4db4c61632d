import { describe, expect, it } from "vitest";
import { folderArgument, parseLastWorkspace, serializeLastWorkspace, userDataArgument } from "./startup";

describe("folderArgument", () => {
  it("takes the argument after the app path when Electron runs the app folder", () => {
    expect(folderArgument(["/usr/lib/electron/electron", ".", "/home/ann/op-eds"], true)).toBe("/home/ann/op-eds");
  });

  it("skips the flags a test runner puts before the app path", () => {
    const argv = ["electron", "--inspect=0", "--remote-debugging-port=0", "/work/argumap", "/tmp/maps"];
    expect(folderArgument(argv, true)).toBe("/tmp/maps");
  });

  it("takes the first argument of a packaged app, which has no app path", () => {
    expect(folderArgument(["/opt/Argumap/argumap", "--no-sandbox", "texts"], false)).toBe("texts");
  });

  it("gives undefined when no folder is named", () => {
    expect(folderArgument(["electron", "."], true)).toBeUndefined();
    expect(folderArgument(["/Applications/Argumap.app/Contents/MacOS/Argumap", "-psn_0_12345"], false)).toBeUndefined();
  });
});

describe("userDataArgument", () => {
  it("reads the folder of --user-data-dir= and ignores the flag without a value", () => {
    expect(userDataArgument(["electron", "--user-data-dir=/tmp/profile", ".", "maps"])).toBe("/tmp/profile");
    expect(userDataArgument(["electron", "--user-data-dir=", "."])).toBeUndefined();
    expect(userDataArgument(["electron", "."])).toBeUndefined();
  });

  it("is not taken for the workspace folder", () => {
    expect(folderArgument(["electron", "--user-data-dir=/tmp/profile", ".", "maps"], true)).toBe("maps");
  });
});

describe("parseLastWorkspace", () => {
  it("reads back the folder it was given", () => {
    expect(parseLastWorkspace(serializeLastWorkspace("/home/ann/op-eds"))).toBe("/home/ann/op-eds");
  });

  it.each([undefined, "", "not json", "[]", '{"folder":""}', '{"folder":42}'])("gives undefined for %j", (text) => {
    expect(parseLastWorkspace(text)).toBeUndefined();
  });
});
