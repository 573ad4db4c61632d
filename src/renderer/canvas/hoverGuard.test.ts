import { beforeEach, describe, expect, it } from "vitest";
import { deleteElements } from "../../core";
import { SAMPLE, sampleOpened } from "../editor/testing";
import { useApp } from "../store/appStore";
import { applyEdit, toOpenDocument } from "../store/documentActions";
import { staleHover } from "./hoverGuard";

const nowhere = () => false;
const onIt = () => true;

describe("the outline of a hovered statement's spans", () => {
  beforeEach(() => {
    useApp.setState({
      docs: { [`${SAMPLE}.txt`]: toOpenDocument(sampleOpened()) },
      active: `${SAMPLE}.txt`,
      selection: ["s2"],
      hovered: "s2",
    });
  });

  it("goes when the statement is deselected and the pointer is not on it", () => {
    const before = useApp.getState();
    useApp.setState({ selection: [] });
    expect(staleHover(useApp.getState(), before, nowhere)).toBe(true);
  });

  it("stays when the statement is deselected while the pointer is on its box or span", () => {
    const before = useApp.getState();
    useApp.setState({ selection: [] });
    expect(staleHover(useApp.getState(), before, onIt)).toBe(false);
  });

  it("goes when the statement is deleted, wherever the pointer is", () => {
    const before = useApp.getState();
    applyEdit("label_delete", (m) => deleteElements(m, ["s2"]));
    expect(staleHover(useApp.getState(), before, onIt)).toBe(true);
  });

  it("stays when another statement changes", () => {
    const before = useApp.getState();
    useApp.setState({ selection: ["s2", "s3"] });
    expect(staleHover(useApp.getState(), before, nowhere)).toBe(false);
  });
});
