import { type MouseEvent, memo, useEffect, useMemo, useRef } from "react";
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
  // Cut once per change of the spans, so that a render of the reader for another reason leaves the paragraphs be.
  const pieces = useMemo(() => paragraphs.map((p) => segmentsOf(p, spans)), [paragraphs, spans]);
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
      {text.trim() === "" && <p className="hint">{t("readerEmpty")}</p>}
      <div ref={container} className="reader-text" lang={map?.source.language ?? "nl"}>
        {pieces.map((segments, k) => (
          <ParagraphView key={paragraphs[k]?.start} segments={segments} text={text} roles={roles} />
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

/**
 * One paragraph and its spans. A long text has thousands of spans: the paragraph, not each span, listens to the
 * selection and the hovered statement, and re-renders only when what it shows of them changes.
 */
const ParagraphView = memo(function ParagraphView({
  segments,
  text,
  roles,
}: {
  segments: Segment[];
  text: string;
  roles: Map<string, Role>;
}) {
  const statements = useMemo(() => [...new Set(segments.flatMap((seg) => seg.statements))], [segments]);
  const highlight = useApp((s) => highlightOf(statements, s.selection, s.hovered));
  const { selected, hovered } = useMemo(() => parseHighlight(highlight), [highlight]);
  return (
    <p>
      {segments.map((seg) => {
        const content = text.slice(seg.start, seg.end).replace(/\r?\n/g, (m) => " ".repeat(m.length));
        const ids = seg.statements;
        if (ids.length === 0) {
          return (
            <span key={seg.start} data-start={seg.start}>
              {content}
            </span>
          );
        }
        const role = roles.get(ids[0] as string);
        const classes = [
          "span",
          `role-${role ?? "unconnected"}`,
          ids.some((id) => selected.has(id)) ? "is-selected" : "",
          hovered !== null && ids.includes(hovered) ? "is-hovered" : "",
          ids.length > 1 ? "overlap" : "",
        ];
        // Clicking a span is a pointer shortcut; the keyboard reaches the same statement through the outline and the map.
        return (
          // biome-ignore lint/a11y/useKeyWithClickEvents: a pointer shortcut, see above
          <mark
            key={seg.start}
            data-start={seg.start}
            data-statements={ids.join(" ")}
            className={classes.join(" ")}
            onMouseEnter={enterSpan}
            onMouseLeave={leaveSpan}
            onClick={clickSpan}
          >
            {content}
          </mark>
        );
      })}
    </p>
  );
});

/** The statements of a paragraph that are selected, and the hovered one if it is there: "s1 s4|s2". */
function highlightOf(statements: readonly string[], selection: readonly string[], hovered: string | null): string {
  const selected = selection.length === 0 ? [] : statements.filter((id) => selection.includes(id));
  return `${selected.join(" ")}|${hovered !== null && statements.includes(hovered) ? hovered : ""}`;
}

function parseHighlight(highlight: string): { selected: ReadonlySet<string>; hovered: string | null } {
  const [selected = "", hovered = ""] = highlight.split("|");
  return { selected: new Set(selected ? selected.split(" ") : []), hovered: hovered || null };
}

/** The statements a span shows, from its data attribute: one set of handlers serves every span. */
function statementsOf(element: HTMLElement): string[] {
  return (element.dataset.statements ?? "").split(" ").filter(Boolean);
}

function enterSpan(event: MouseEvent<HTMLElement>): void {
  useApp.setState({ hovered: statementsOf(event.currentTarget)[0] ?? null });
}

function leaveSpan(): void {
  useApp.setState({ hovered: null });
}

function clickSpan(event: MouseEvent<HTMLElement>): void {
  if (document.getSelection()?.isCollapsed === false) return;
  const ids = statementsOf(event.currentTarget);
  useApp.setState((s) => ({ selection: ids, focusRequest: { id: ids[0] as string, serial: (s.focusRequest?.serial ?? 0) + 1 } }));
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
