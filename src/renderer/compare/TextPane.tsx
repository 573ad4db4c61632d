import { useEffect, useMemo, useRef } from "react";
import { analyseRoles, anchorHolds, paragraphsOf, segmentsOf } from "../../core";
import { type LoadedMap, useCross } from "../crossAuthor";
import { useT } from "../i18n";
import { useCompare } from "./compareStore";
import { selectedIn } from "./selection";

/**
 * The source text of one column, reflowed as in the reader, with the spans of the statements the user is
 * looking at marked in their role colour and scrolled into view.
 */
export function TextPane({ loaded, label }: { loaded: LoadedMap; label: string }) {
  const t = useT();
  const { map, text } = loaded;
  const links = useCross((s) => s.history?.present.links);
  const selectedKey = useCompare((s) => selectedIn(s, links ?? [], map.id).join(" "));
  const container = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  const roles = useMemo(() => analyseRoles(map).roles, [map]);
  const spans = useMemo(() => {
    const ids = new Set(selectedKey.split(" ").filter(Boolean));
    return map.statements
      .filter((s) => ids.has(s.id))
      .flatMap((s) => s.anchors.filter((a) => anchorHolds(text, a)).map((a) => ({ start: a.start, end: a.end, statement: s.id })));
  }, [map, text, selectedKey]);

  useEffect(() => {
    container.current?.querySelector("mark")?.scrollIntoView({ block: "center" });
  }, [spans]);

  return (
    <section className="compare-text" aria-label={t("compare_textOf", { map: label })}>
      <div ref={container} className="compare-text-body" lang={map.source.language ?? "nl"}>
        {paragraphs.map((p) => (
          <p key={p.start}>
            {segmentsOf(p, spans).map((seg) => {
              const content = text.slice(seg.start, seg.end).replace(/\r?\n/g, (m) => " ".repeat(m.length));
              const first = seg.statements[0];
              return first ? (
                <mark key={seg.start} className={`span role-${roles.get(first) ?? "unconnected"}`}>
                  {content}
                </mark>
              ) : (
                <span key={seg.start}>{content}</span>
              );
            })}
          </p>
        ))}
      </div>
    </section>
  );
}
