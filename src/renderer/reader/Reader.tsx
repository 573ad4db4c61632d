import { memo, useEffect, useMemo, useRef } from "react";
import { type ArgumentMap, analyseRoles, anchorHolds, paragraphsOf, type Role, type Segment, segmentsOf } from "../../core";
import { useT } from "../i18n";
import { activeDoc, useApp } from "../store/appStore";
import { selectionOffsets } from "./offsets";
import { SelectionToolbar } from "./SelectionToolbar";

/** The source text, reflowed, with the spans of the map highlighted in role colours. */
export function Reader() {
  const t = useT();
  const doc = useApp(activeDoc);
  const map = doc?.history?.present;
  const text = doc?.text ?? "";
  const container = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  const spans = useMemo(() => spansOf(map, text), [map?.statements, text]);
  const roles = useMemo(() => (map ? analyseRoles(map).roles : new Map<string, Role>()), [map?.statements, map?.inferences]);
  const scrollRequest = useApp((s) => s.scrollRequest);

  useEffect(() => {
    const onSelectionChange = () => {
      const el = container.current;
      if (!el) return;
      useApp.setState({ textSelection: selectionOffsets(document.getSelection(), el) ?? null });
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, []);

  useEffect(() => {
    if (!scrollRequest || !container.current) return;
    const target = findSpanElement(container.current, scrollRequest.offset);
    target?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [scrollRequest]);

  // However a statement is selected (map, outline, checks, keyboard), the text shows where it says so.
  const selected = useApp((s) => (s.selection.length === 1 ? s.selection[0] : undefined));
  useEffect(() => {
    if (selected && container.current) revealSpans(container.current, selected);
  }, [selected]);

  if (!doc) return <section className="reader empty">{t("openDocumentHint")}</section>;
  return (
    <section className="reader" aria-label={t("sourceText")}>
      <div ref={container} className="reader-text" lang={map?.source.language ?? "nl"}>
        {paragraphs.map((p) => (
          <ParagraphView key={p.start} segments={segmentsOf(p, spans)} text={text} roles={roles} />
        ))}
      </div>
      <SelectionToolbar />
    </section>
  );
}

interface Span {
  start: number;
  end: number;
  statement: string;
}

function spansOf(map: ArgumentMap | undefined, text: string): Span[] {
  if (!map) return [];
  return map.statements.flatMap((s) =>
    s.anchors.filter((a) => anchorHolds(text, a)).map((a) => ({ start: a.start, end: a.end, statement: s.id })),
  );
}

const ParagraphView = memo(function ParagraphView({
  segments,
  text,
  roles,
}: {
  segments: Segment[];
  text: string;
  roles: Map<string, Role>;
}) {
  return (
    <p>
      {segments.map((seg) => (
        <SegmentView key={seg.start} segment={seg} text={text} role={seg.statements[0] ? roles.get(seg.statements[0]) : undefined} />
      ))}
    </p>
  );
});

function SegmentView({ segment, text, role }: { segment: Segment; text: string; role: Role | undefined }) {
  const content = text.slice(segment.start, segment.end).replace(/\r?\n/g, (m) => " ".repeat(m.length));
  const ids = segment.statements;
  const selected = useApp((s) => ids.some((id) => s.selection.includes(id)));
  const hovered = useApp((s) => s.hovered !== null && ids.includes(s.hovered));
  if (ids.length === 0) return <span data-start={segment.start}>{content}</span>;
  const classes = [
    "span",
    `role-${role ?? "unconnected"}`,
    selected ? "is-selected" : "",
    hovered ? "is-hovered" : "",
    ids.length > 1 ? "overlap" : "",
  ];
  // Clicking a span is a pointer shortcut; the keyboard reaches the same statement through the outline and the map.
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a pointer shortcut, see above
    <mark
      data-start={segment.start}
      data-statements={ids.join(" ")}
      className={classes.join(" ")}
      onMouseEnter={() => useApp.setState({ hovered: ids[0] ?? null })}
      onMouseLeave={() => useApp.setState({ hovered: null })}
      onClick={() => {
        if (document.getSelection()?.isCollapsed === false) return;
        useApp.setState((s) => ({ selection: ids, focusRequest: { id: ids[0] as string, serial: (s.focusRequest?.serial ?? 0) + 1 } }));
      }}
    >
      {content}
    </mark>
  );
}

function findSpanElement(container: HTMLElement, offset: number): HTMLElement | undefined {
  const all = [...container.querySelectorAll<HTMLElement>("[data-start]")];
  let best: HTMLElement | undefined;
  for (const el of all) {
    if (Number(el.dataset.start) <= offset) best = el;
    else break;
  }
  return best;
}

/**
 * Scroll the first span of a statement into view unless one of its spans is in view already: a click on the
 * second span of a statement must not make the text jump to the first.
 */
function revealSpans(container: HTMLElement, statement: string): void {
  const marks = [...container.querySelectorAll<HTMLElement>("mark[data-statements]")].filter((m) =>
    m.dataset.statements?.split(" ").includes(statement),
  );
  const viewport = (container.parentElement ?? container).getBoundingClientRect();
  const inView = (m: HTMLElement) => {
    const r = m.getBoundingClientRect();
    return r.bottom > viewport.top && r.top < viewport.bottom;
  };
  if (marks.length === 0 || marks.some(inView)) return;
  marks[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
}
