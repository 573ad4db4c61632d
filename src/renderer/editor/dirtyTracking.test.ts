import { afterEach, describe, expect, it } from "vitest";
import { useApp } from "../store/appStore";
import { toOpenDocument } from "../store/documentActions";
import { installDirtyTracking } from "./dirtyTracking";
import { editedDocument, fakeBridge, SAMPLE, sampleOpened } from "./testing";

const PATH = `${SAMPLE}.txt`;
let stop = () => {};

describe("the shell is told about unsaved changes", () => {
  afterEach(() => stop());

  it("when a map becomes dirty and when it is clean or closed again, once per change", () => {
    const fake = fakeBridge();
    useApp.setState({ bridge: fake.bridge, docs: { [PATH]: toOpenDocument(sampleOpened()) } });
    stop = installDirtyTracking();
    useApp.setState({ docs: { [PATH]: editedDocument() } });
    useApp.setState({ docs: { [PATH]: editedDocument() } });
    expect(fake.shell.setDirty.mock.calls).toEqual([[true]]);
    useApp.setState({ docs: {} });
    expect(fake.shell.setDirty.mock.calls).toEqual([[true], [false]]);
  });
});
