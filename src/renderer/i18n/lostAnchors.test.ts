import { describe, expect, it } from "vitest";
import { translate } from "./translate";

/** The banner over a map whose text changed says how many spans were lost; one is the common case. */
describe("the lost-spans banner", () => {
  it("says one span in the singular, in English and Dutch", () => {
    expect(translate("en", "lostAnchorsOne", { count: 1 })).toMatch(/^1 span could not be found in the changed text\./);
    expect(translate("nl", "lostAnchorsOne", { count: 1 })).toMatch(/^1 fragment is niet teruggevonden in de gewijzigde tekst\./);
  });

  it("says several spans in the plural", () => {
    expect(translate("en", "lostAnchors", { count: 3 })).toMatch(/^3 spans could not be found/);
    expect(translate("nl", "lostAnchors", { count: 3 })).toMatch(/^3 fragmenten zijn niet teruggevonden/);
  });
});
