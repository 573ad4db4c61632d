import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentTypeOf, isTrustedSender, resolveRendererFile } from "./appUrl";

const root = path.resolve("/opt/argumap/dist/renderer");

describe("resolveRendererFile", () => {
  it("maps the app root to index.html", () => {
    expect(resolveRendererFile(root, "app://argumap/")).toBe(path.join(root, "index.html"));
  });

  it("maps a built asset to the file under the renderer folder", () => {
    expect(resolveRendererFile(root, "app://argumap/assets/index-abc.js?v=1#x")).toBe(path.join(root, "assets", "index-abc.js"));
  });

  it("decodes percent-escapes in file names", () => {
    expect(resolveRendererFile(root, "app://argumap/fonts/Noto%20Sans.woff2")).toBe(path.join(root, "fonts", "Noto Sans.woff2"));
  });

  it.each([
    ["app://argumap/../package.json", "package.json"],
    ["app://argumap/%2e%2e/package.json", "package.json"],
    ["app://argumap/assets/%2e%2e%2f%2e%2e%2fmain%2fmain.js", "main/main.js"],
    ["app://argumap/assets/..%2f..%2f..%2fetc%2fpasswd", "etc/passwd"],
    ["app://argumap//etc/passwd", "etc/passwd"],
  ])("keeps a request with dot segments inside the renderer folder: %s", (url, inside) => {
    expect(resolveRendererFile(root, url)).toBe(path.join(root, inside));
  });

  it.each([
    "app://argumap/..%5c..%5cmain%5cmain.js",
    "app://argumap/index.html%00.png",
    "app://argumap/%E0%A4%A",
    "app://argumap/%2e%2e%2f",
  ])("refuses a backslash, a NUL byte, a broken escape or the folder itself: %s", (url) => {
    expect(resolveRendererFile(root, url)).toBeUndefined();
  });

  it("refuses every other host or scheme", () => {
    expect(resolveRendererFile(root, "app://other/index.html")).toBeUndefined();
    expect(resolveRendererFile(root, "file:///etc/passwd")).toBeUndefined();
    expect(resolveRendererFile(root, "not a url")).toBeUndefined();
  });
});

describe("contentTypeOf", () => {
  it("gives module scripts a JavaScript type and unknown files a neutral one", () => {
    expect(contentTypeOf("/x/assets/layout.worker-1.js")).toBe("text/javascript; charset=utf-8");
    expect(contentTypeOf("/x/INDEX.HTML")).toBe("text/html; charset=utf-8");
    expect(contentTypeOf("/x/data.bin")).toBe("application/octet-stream");
  });
});

describe("isTrustedSender", () => {
  const mainFrame = { url: "app://argumap/index.html" };

  it("accepts the main frame of our window while it shows our page", () => {
    expect(isTrustedSender(mainFrame, mainFrame)).toBe(true);
  });

  it("refuses another frame even when its address is ours", () => {
    expect(isTrustedSender({ url: "app://argumap/index.html" }, mainFrame)).toBe(false);
  });

  it("refuses our main frame after it navigated to another origin", () => {
    const navigated = { url: "https://example.org/" };
    expect(isTrustedSender(navigated, navigated)).toBe(false);
    const lookalike = { url: "app://argumap.evil/index.html" };
    expect(isTrustedSender(lookalike, lookalike)).toBe(false);
  });

  it("refuses a frame that is gone and a window that has none", () => {
    expect(isTrustedSender(null, mainFrame)).toBe(false);
    expect(isTrustedSender(mainFrame, undefined)).toBe(false);
  });
});
