import { type ReactNode, useCallback, useState } from "react";

/**
 * A pane whose width the user drags; the width is remembered per pane. Until the user has chosen one, the pane
 * takes `share` of the window, between `min` and `initial`: on a small screen the map keeps room to be read.
 */
export function Resizable({
  id,
  initial,
  share,
  min,
  max,
  side = "right",
  hidden = false,
  children,
}: {
  id: string;
  initial: number;
  /** Of the window's width, when the user has not chosen a width; at most `initial`. */
  share?: number;
  min: number;
  max: number;
  side?: "left" | "right";
  /** Kept in the page, out of sight: its scroll position and state are there when it comes back. */
  hidden?: boolean;
  children: ReactNode;
}) {
  const key = `argumap.pane.${id}`;
  const [width, setWidth] = useState(() => clamp(Number(localStorage.getItem(key)) || firstWidth(initial, share), min, max));
  const onPointerDown = useCallback(
    (event: React.PointerEvent) => {
      const startX = event.clientX;
      const startWidth = width;
      const move = (e: PointerEvent) => setWidth(clamp(startWidth + (side === "right" ? 1 : -1) * (e.clientX - startX), min, max));
      const up = (e: PointerEvent) => {
        window.removeEventListener("pointermove", move);
        window.removeEventListener("pointerup", up);
        localStorage.setItem(key, String(clamp(startWidth + (side === "right" ? 1 : -1) * (e.clientX - startX), min, max)));
      };
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
    },
    [width, side, min, max, key],
  );
  return (
    <div className={`pane pane-${id}`} style={{ width, flex: `0 0 ${width}px` }} hidden={hidden}>
      {side === "left" && <div className="resize-handle" aria-hidden="true" onPointerDown={onPointerDown} />}
      {children}
      {side === "right" && <div className="resize-handle" aria-hidden="true" onPointerDown={onPointerDown} />}
    </div>
  );
}

function firstWidth(initial: number, share: number | undefined): number {
  return share === undefined ? initial : Math.min(initial, Math.round(share * window.innerWidth));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
