#!/usr/bin/env node
// The `argumap` command. In a checkout (the TypeScript sources are here) it runs them through tsx, so it is never
// an older build left in dist/; in an installed package, which ships only dist/, it runs the build.
import { existsSync } from "node:fs";

const source = new URL("../src/cli/main.ts", import.meta.url);
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(source.href);
} else {
  await import(new URL("../dist/cli/main.js", import.meta.url).href);
}
