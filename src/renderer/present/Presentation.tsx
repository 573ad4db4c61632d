import "./present.css";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { type ArgumentMap, analyseRoles, revealOrder, titleOf } from "../../core";
import { takenByMenu, useModalFocus } from "../export/useModalFocus";
import { useT } from "../i18n";
import { layoutInWorker } from "../layout/layoutClient";
import { activeMap, useApp } from "../store/appStore";
import { PresentCaption } from "./PresentCaption";
import { PresentGraph } from "./PresentGraph";
import { goToStep, stopPresentation, usePresent } from "./presentStore";
import { actionOfKey, cameraIds, revealedAt } from "./stepView";

/** Presentation mode (command "present", F5): the active map full screen, revealed step by step. */
export function Presentation() {
  const open = usePresent((s) => s.open);
  const map = useApp(activeMap);
  return open && map ? <Overlay map={map} /> : null;
}

function Overlay({ map }: { map: ArgumentMap }) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const theme = useApp((s) => s.theme);
  const index = usePresent((s) => s.step);
  const placed = usePlaced(map);
  const steps = useMemo(() => revealOrder(map), [map]);
  const roles = useMemo(() => analyseRoles(map).roles, [map]);
  const { shown, fresh } = useMemo(() => revealedAt(steps, index), [steps, index]);
  const step = steps[index];
  const onKeyDown = useModalFocus(ref, stopPresentation, (event) => isThemeToggle(event));
  usePresentKeys(steps.length);

  return (
    <div ref={ref} className="present" role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown}>
      <header className="present-bar">
        <h2 id={titleId}>{titleOf(map)}</h2>
        <output className="present-counter" aria-live="polite">
          {t("present_step", { step: index + 1, total: steps.length })}
        </output>
        <span className="present-keys">{t("present_keys")}</span>
        <button type="button" onClick={() => goToStep(index - 1, steps.length)} disabled={index === 0}>
          {t("present_previous")}
        </button>
        <button type="button" onClick={() => goToStep(index + 1, steps.length)} disabled={index >= steps.length - 1} data-autofocus="">
          {t("present_next")}
        </button>
        <button type="button" onClick={stopPresentation}>
          {t("present_exit")}
        </button>
      </header>
      <div className="present-stage">
        {placed && <PresentGraph map={placed} roles={roles} shown={shown} fresh={fresh} camera={cameraIds(map, step)} theme={theme} />}
      </div>
      <PresentCaption map={map} step={step} roles={roles} />
    </div>
  );
}

/** The map with every box placed: the app lays maps out when they open, so this waits only for a fresh one. */
function usePlaced(map: ArgumentMap): ArgumentMap | undefined {
  const complete = [...map.statements, ...map.inferences].every((x) => map.layout[x.id]);
  const [laidOut, setLaidOut] = useState<ArgumentMap>();
  useEffect(() => {
    if (complete) return;
    let live = true;
    void layoutInWorker(map).then((positions) => {
      if (live) setLaidOut({ ...map, layout: { ...positions, ...map.layout } });
    });
    return () => {
      live = false;
    };
  }, [map, complete]);
  return complete ? map : laidOut;
}

/** The app's theme shortcut (Mod+Shift+L) passes through to the app's keyboard: a dark room wants a dark screen. */
function isThemeToggle(event: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; key: string }): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === "l";
}

/**
 * The presenter's keys, caught before the app's shortcuts (capture phase) so that no editing command runs
 * behind the overlay. Tab moves between the buttons; the theme shortcut still works, for a dark room.
 */
function usePresentKeys(total: number): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Tab") return;
      if (isThemeToggle(event)) return;
      event.stopPropagation();
      const action = actionOfKey(event.key);
      const onButton = event.target instanceof HTMLButtonElement && (event.key === " " || event.key === "Enter");
      if (!action || onButton || event.ctrlKey || event.metaKey || event.altKey) {
        if (takenByMenu(event)) event.preventDefault();
        return;
      }
      event.preventDefault();
      const step = usePresent.getState().step;
      if (action === "exit") stopPresentation();
      else if (action === "next") goToStep(step + 1, total);
      else if (action === "previous") goToStep(step - 1, total);
      else if (action === "first") goToStep(0, total);
      else goToStep(total - 1, total);
    };
    const onFullscreen = () => {
      // Leaving full screen (the browser's own Escape) leaves the presentation too: one key, not two.
      if (!document.fullscreenElement) stopPresentation();
    };
    window.addEventListener("keydown", onKey, true);
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      window.removeEventListener("keydown", onKey, true);
      document.removeEventListener("fullscreenchange", onFullscreen);
    };
  }, [total]);
}
