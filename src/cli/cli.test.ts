import { describe, expect, it } from "vitest";
import { COMMANDS } from "./cli";
import { EXIT, runCaptured } from "./testing";

describe("the argumap command line", () => {
  it("lists every command and the exit codes in argumap --help", async () => {
    const run = await runCaptured(["--help"], "/");
    expect(run.code).toBe(EXIT.ok);
    const lines = run.stdout.split("\n");
    for (const command of COMMANDS) expect(lines.some((l) => l.startsWith(`  ${command.name} `) && l.endsWith(command.summary))).toBe(true);
    expect(run.stdout).toMatch(/Exit codes/);
    expect(run.stdout).toMatch(/^ {2}2 {2}usage error/m);
    expect(COMMANDS.map((c) => c.name)).toEqual(["export", "import", "serve", "stats", "validate"]);
  });

  it("an unknown command is a usage error, exit 2, with a message", async () => {
    const run = await runCaptured(["frobnicate"], "/");
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain('unknown command "frobnicate"');
    expect(run.stdout).toBe("");
  });

  it.each(["validate", "stats", "serve"])("%s --help prints its usage and exit codes", async (name) => {
    for (const argv of [
      [name, "--help"],
      ["help", name],
    ]) {
      const run = await runCaptured(argv, "/");
      expect(run.code).toBe(EXIT.ok);
      expect(run.stdout).toMatch(new RegExp(`^usage: argumap ${name}`));
      expect(run.stdout).toContain("Exit codes");
    }
  });

  it("an unknown option is a usage error", async () => {
    const run = await runCaptured(["stats", "--fast", "x"], "/");
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain("unknown option --fast");
  });
});
