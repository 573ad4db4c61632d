import { describe, expect, it } from "vitest";
import { en } from "./en";
import { nl } from "./nl";
import { type MessageKey, translate } from "./translate";

describe("translate", () => {
  it("says one statement and two statements, in English and in Dutch", () => {
    expect(translate("en", "editor_copied", { count: 1 })).toBe("Copied 1 statement.");
    expect(translate("en", "editor_copied", { count: 2 })).toBe("Copied 2 statements.");
    expect(translate("nl", "editor_copied", { count: 1 })).toBe("1 bewering gekopieerd.");
    expect(translate("nl", "editor_copied", { count: 0 })).toBe("0 beweringen gekopieerd.");
    expect(translate("en", "editor_confirmCut", { statements: 1, inferences: 1 })).toBe(
      "Cut 1 statement? This also removes 1 connection that depends on it.",
    );
  });

  it("leaves a placeholder it has no value for as it is, so a missing value shows instead of vanishing", () => {
    expect(translate("en", "editor_copied", {})).toBe("Copied {count} {count|statement|statements}.");
  });

  it("no message in either language counts with '(s)' or '(en)' any more", () => {
    for (const dictionary of [en, nl]) {
      for (const [key, text] of Object.entries(dictionary)) expect(text, key as MessageKey).not.toMatch(/\w\((s|en|n)\)/);
    }
  });
});
