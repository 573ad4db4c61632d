import { copyFragment, deleteElements, type Fragment, pasteFragment, planDeletion } from "../../core";
import { activeMap, useApp } from "../store/appStore";
import { applyEdit } from "../store/documentActions";
import { fragmentText, keepsAnchors, pasteOffset } from "./fragment";
import { viewCentre } from "./viewport";

/**
 * The app's own clipboard: it works where the system clipboard is out of reach (no permission, no copy event),
 * and it counts the pastes into each map so that repeated pastes fan out.
 */
let clipboard: { fragment: Fragment; text: string; pastes: Map<string, number> } | undefined;

export function clipboardFragment(): Fragment | undefined {
  return clipboard?.fragment;
}

/** The selected statements, with the inferences among them; undefined (and a hint) when none is selected. */
export function copySelection(): Fragment | undefined {
  const state = useApp.getState();
  const map = activeMap(state);
  if (!map) return undefined;
  const fragment = copyFragment(map, state.selection);
  if (fragment.statements.length === 0) {
    useApp.setState({ notice: { tone: "info", key: "editor_nothingToCopy" } });
    return undefined;
  }
  clipboard = { fragment, text: fragmentText(fragment), pastes: new Map() };
  useApp.setState({ notice: { tone: "info", key: "editor_copied", values: { count: fragment.statements.length } } });
  return fragment;
}

/** Copy, then delete as one undo step; when that takes connections to the rest of the map with it, ask first. */
export function cutSelection(): Fragment | undefined {
  const fragment = copySelection();
  const map = activeMap(useApp.getState());
  if (!fragment || !map) return fragment;
  const ids = [...fragment.statements.map((s) => s.id), ...fragment.inferences.map((i) => i.id)];
  const plan = planDeletion(map, ids);
  const extra = plan.inferences.filter((id) => !ids.includes(id)).length;
  const run = () => {
    applyEdit("editor_label_cut", (m) => deleteElements(m, ids));
    useApp.setState({ selection: [] });
  };
  if (extra > 0) {
    useApp.setState({
      confirm: { key: "editor_confirmCut", values: { statements: plan.statements.length, inferences: extra }, onConfirm: run },
    });
  } else {
    run();
  }
  return fragment;
}

/**
 * Paste into the active map under new ids, as one undo step, and select what was pasted. Spans travel only
 * within the same source text; elsewhere they are dropped (the statements then show as implicit) and the notice says so.
 */
export function pasteIntoActive(fragment: Fragment | undefined = clipboard?.fragment): void {
  const map = activeMap(useApp.getState());
  if (!map) return;
  if (!fragment) {
    useApp.setState({ notice: { tone: "info", key: "editor_nothingToPaste" } });
    return;
  }
  const pastes = clipboard?.fragment === fragment ? clipboard.pastes : new Map<string, number>();
  const repeat = (pastes.get(map.id) ?? 0) + 1;
  const offset = pasteOffset(fragment, map, repeat, viewCentre());
  const created = applyEdit("label_paste", (m) => pasteFragment(m, fragment, offset));
  if (created.length === 0) return;
  pastes.set(map.id, repeat);
  const count = fragment.statements.length;
  const droppedSpans = !keepsAnchors(fragment, map) && fragment.statements.some((s) => s.anchors.length > 0);
  useApp.setState({
    selection: created,
    notice: { tone: "info", key: droppedSpans ? "editor_pastedWithoutSpans" : "editor_pasted", values: { count } },
  });
}

/** Remember a fragment that arrived on the system clipboard (from another window), so repeated pastes fan out. */
export function adoptFragment(fragment: Fragment, text: string): Fragment {
  if (clipboard?.text === text) return clipboard.fragment;
  clipboard = { fragment, text, pastes: new Map() };
  return fragment;
}
