import { afterEach, describe, expect, it } from "vitest";
import { answerLiveQuestions, editedElsewhere } from "./liveSessions";

describe("windows that tell each other what they edit", () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });

  it("hears from a live window of the same workspace which of the asked documents it has unsaved edits of", async () => {
    stops.push(
      answerLiveQuestions(
        () => "kranten",
        (path) => path === "osinga.txt",
      ),
    );
    const found = await editedElsewhere("kranten", ["osinga.txt", "mousavi.txt"], 100);
    expect([...found]).toEqual(["osinga.txt"]);
  });

  it("hears nothing from a window of another workspace, or when no window is editing", async () => {
    stops.push(
      answerLiveQuestions(
        () => "andere-map",
        () => true,
      ),
    );
    expect((await editedElsewhere("kranten", ["osinga.txt"], 100)).size).toBe(0);
    stops.push(
      answerLiveQuestions(
        () => "kranten",
        () => false,
      ),
    );
    expect((await editedElsewhere("kranten", ["osinga.txt"], 100)).size).toBe(0);
  });
});
