import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { CrossLink } from "../../core";
import { useCross } from "../crossAuthor";
import { useT } from "../i18n";
import { refKey, selectLink, useCompare } from "./compareStore";
import { type Box, type Column, curve, endOn, type LinkGeometry, linkGeometry } from "./geometry";
import { relationKey, wordingOf } from "./labels";
import { onMeasure, requestMeasure } from "./measure";

interface Drawing {
  lines: LinkGeometry[];
  drag: string | null;
}

/**
 * The links between the columns, drawn over them. Each column is its own canvas (so each op-ed pans and zooms
 * on its own), so the ends are measured from the statements' boxes on the page whenever a column moves.
 */
export function LinkOverlay({ links, chosen }: { links: CrossLink[]; chosen: string[] }) {
  const t = useT();
  const svg = useRef<SVGSVGElement>(null);
  const maps = useCross((s) => s.maps);
  const selectedLink = useCompare((s) => s.selectedLink);
  const dragging = useCompare((s) => s.drag !== null);
  const [drawing, setDrawing] = useState<Drawing>({ lines: [], drag: null });
  const last = useRef("");

  const measure = useCallback(() => {
    const root = svg.current?.parentElement;
    if (!root) return;
    const next = draw(root, links, chosen);
    const signature = JSON.stringify(next);
    if (signature === last.current) return;
    last.current = signature;
    setDrawing(next);
  }, [links, chosen]);

  useEffect(() => onMeasure(measure), [measure]);
  useLayoutEffect(() => requestMeasure(600), [measure]);
  useEffect(() => {
    const root = svg.current?.parentElement;
    if (!root) return;
    const observer = new ResizeObserver(() => requestMeasure(100));
    observer.observe(root);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (!dragging) requestMeasure();
  }, [dragging]);

  const byId = new Map(links.map((l) => [l.id, l]));
  return (
    <svg ref={svg} className={`compare-links${byId.has(selectedLink ?? "") ? " has-selection" : ""}`}>
      <title>{t("compare_relations")}</title>
      {drawing.lines.map((g) => {
        const link = byId.get(g.id);
        if (!link) return null;
        const selected = link.id === selectedLink;
        const partial = g.from.hidden || g.to.hidden;
        const relation = t(relationKey(link.relation));
        const label = t("compare_linkLabel", {
          relation,
          from: wordingOf(maps, link.from) ?? link.from.statement,
          to: wordingOf(maps, link.to) ?? link.to.statement,
        });
        const classes = [
          "compare-link",
          `rel-${link.relation}`,
          selected ? "is-selected" : "",
          partial ? "is-partial" : "",
          g.across > 0 ? "is-across" : "",
        ];
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG curve cannot be a <button>; it takes the role, focus and keys of one
          <g
            key={g.id}
            className={classes.join(" ")}
            role="button"
            tabIndex={0}
            aria-label={label}
            aria-pressed={selected}
            onClick={() => selectLink(link.id)}
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === " ") {
                e.preventDefault();
                selectLink(link.id);
              }
            }}
          >
            <title>{label}</title>
            <path className="hit" d={g.path} />
            <path className="line" d={g.path} />
            <circle className="end" cx={g.from.x} cy={g.from.y} r={selected ? 5 : 3.5} />
            <circle className="end" cx={g.to.x} cy={g.to.y} r={selected ? 5 : 3.5} />
            {selected && (
              <text className="relation" x={g.middle.x} y={g.middle.y - 8} textAnchor="middle">
                {relation}
              </text>
            )}
          </g>
        );
      })}
      {drawing.drag && <path className="compare-drag" d={drawing.drag} />}
    </svg>
  );
}

/** Read the columns and statement boxes from the page, relative to the overlay's own top left. */
function draw(root: HTMLElement, links: CrossLink[], chosen: string[]): Drawing {
  const origin = root.getBoundingClientRect();
  const relative = (r: DOMRect): Box => ({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height });
  const columns = new Map<string, Column>();
  for (const element of root.querySelectorAll<HTMLElement>("[data-compare-flow]")) {
    const map = element.dataset.compareFlow ?? "";
    columns.set(map, { index: chosen.indexOf(map), box: relative(element.getBoundingClientRect()) });
  }
  const wanted = new Set(links.flatMap((l) => [refKey(l.from), refKey(l.to)]));
  const drag = useCompare.getState().drag;
  if (drag) wanted.add(refKey(drag.from));
  const nodes = new Map<string, Box>();
  for (const element of root.querySelectorAll<HTMLElement>("[data-compare-ref]")) {
    const key = element.dataset.compareRef ?? "";
    if (wanted.has(key)) nodes.set(key, relative(element.getBoundingClientRect()));
  }
  const lines = links.map((l) => linkGeometry(l, columns, nodes, refKey)).filter((g): g is LinkGeometry => g !== null);
  let dragPath: string | null = null;
  const fromBox = drag ? nodes.get(refKey(drag.from)) : undefined;
  const fromColumn = drag ? columns.get(drag.from.map) : undefined;
  if (drag && fromBox && fromColumn) {
    const pointer = { x: drag.x - origin.left, y: drag.y - origin.top };
    const side = pointer.x >= fromBox.x + fromBox.width / 2 ? "right" : "left";
    dragPath = curve(endOn(fromBox, side, fromColumn.box), pointer);
  }
  return { lines, drag: dragPath };
}
