import { activeMap, useApp } from "../store/appStore";
import { useEditor } from "./editorStore";

/** Show the selected statement's neighbourhood alone, or, when it is shown already, everything again. */
export function toggleFocus(): void {
  const state = useApp.getState();
  const current = useEditor.getState().focus;
  if (current && current.path === state.active) {
    endFocus();
    return;
  }
  const map = activeMap(state);
  const centre = state.selection.find((id) => map?.statements.some((s) => s.id === id)) ?? state.selection[0];
  if (!map || !state.active || !centre) {
    useApp.setState({ notice: { tone: "info", key: "editor_focusNeedsSelection" } });
    return;
  }
  useEditor.setState({ focus: { path: state.active, centre } });
}

export function endFocus(): void {
  if (useEditor.getState().focus) useEditor.setState({ focus: null });
}
