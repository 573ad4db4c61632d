import { Panel, useReactFlow, type Viewport } from "@xyflow/react";
import { useEffect, useMemo, useRef } from "react";
import type { ArgumentMap } from "../../core";
import { typingIn } from "../commands/typingIn";
import { useT } from "../i18n";
import { useApp } from "../store/appStore";
import { useEditor } from "./editorStore";
import { endFocus } from "./focusActions";
import { neighbourhoodOf } from "./neighbourhood";

/**
 * The ids shown undimmed while a neighbourhood is in focus (null otherwise). Entering fits the view to them;
 * leaving puts the view back where it was. Escape leaves, unless a field has the key. Used inside the canvas's
 * ReactFlowProvider: the view it fits and restores is that canvas's.
 */
export function useFocusMembers(map: ArgumentMap | undefined): ReadonlySet<string> | null {
  const instance = useReactFlow();
  const focus = useEditor((s) => s.focus);
  const active = useApp((s) => s.active);
  const before = useRef<{ path: string; viewport: Viewport } | null>(null);
  const members = useMemo(() => {
    if (!map || !focus || focus.path !== active) return null;
    const known = map.statements.some((s) => s.id === focus.centre) || map.inferences.some((i) => i.id === focus.centre);
    return known ? new Set(neighbourhoodOf(map, focus.centre)) : null;
  }, [map, focus, active]);
  const shown = members !== null;

  useEffect(() => {
    // The centre was deleted (or undone away), or another document is open: the focus has nothing to show.
    if (focus && !shown) endFocus();
  }, [focus, shown]);

  useEffect(() => {
    if (!focus || !members) return;
    before.current ??= { path: focus.path, viewport: instance.getViewport() };
    void instance.fitView({ nodes: [...members].map((id) => ({ id })), padding: 0.25, maxZoom: 1.2, duration: 300 });
    // Fit once per centre, not on every edit inside the neighbourhood.
  }, [focus?.centre, focus?.path, shown]);

  useEffect(() => {
    if (focus || !before.current) return;
    if (before.current.path === active) void instance.setViewport(before.current.viewport, { duration: 300 });
    before.current = null;
  }, [focus]);

  useEffect(() => {
    if (!shown) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !typingIn(event.target) && !event.defaultPrevented) endFocus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [shown]);

  return members;
}

/** Says what the dimmed map shows and offers the way back. */
export function FocusPanel({ map }: { map: ArgumentMap }) {
  const t = useT();
  const centre = useEditor((s) => s.focus?.centre);
  if (!centre) return null;
  const statement = map.statements.find((s) => s.id === centre);
  const text = statement?.text ?? centre;
  return (
    <Panel position="top-left" className="editor-focus-panel">
      <span>{t("editor_focusShowing", { text: text.length > 70 ? `${text.slice(0, 68)}…` : text })}</span>
      <button type="button" onClick={endFocus}>
        {t("editor_focusShowAll")}
      </button>
    </Panel>
  );
}
