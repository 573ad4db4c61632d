import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { useT } from "../i18n";
import { activeDoc, useApp } from "../store/appStore";
import { useEditor } from "./editorStore";
import { clearReaderHighlight, showInReader } from "./readerHighlight";
import { fold, type Span, type StatementHit, searchDocument, snippetOf, type TextHit } from "./search";
import { closeSearch } from "./searchActions";

/** Mod+F: one box over the statements' wording and the source text, results in two groups. */
export function SearchPanel() {
  const open = useEditor((s) => s.searchOpen);
  return open ? <SearchBox /> : null;
}

function SearchBox() {
  const t = useT();
  const doc = useApp(activeDoc);
  const query = useEditor((s) => s.searchQuery);
  const focusSerial = useEditor((s) => s.searchFocus);
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<number | null>(null);
  const map = doc?.history?.present;
  const text = doc?.text ?? "";
  const folded = useMemo(() => fold(text), [text]);
  const results = useMemo(() => searchDocument(map, folded, query), [map?.statements, folded, query]);
  const hits: (StatementHit | TextHit)[] = useMemo(() => [...results.statements, ...results.text], [results]);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusSerial]);
  useEffect(() => {
    setActive(0);
    setShown(null);
    clearReaderHighlight();
  }, [query, doc?.path]);
  useEffect(() => {
    document.getElementById(`editor-hit-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const show = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setActive(index);
    setShown(index);
    if (hit.kind === "text") {
      showInReader(hit.start, hit.end);
      return;
    }
    clearReaderHighlight();
    useApp.setState((s) => ({
      selection: [hit.id],
      focusRequest: { id: hit.id, serial: (s.focusRequest?.serial ?? 0) + 1 },
      scrollRequest: hit.offset === undefined ? s.scrollRequest : { offset: hit.offset, serial: (s.scrollRequest?.serial ?? 0) + 1 },
    }));
  };
  const step = (by: number) => hits.length > 0 && show((active + by + hits.length) % hits.length);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Escape") closeSearch();
    else if (event.key === "ArrowDown") step(1);
    else if (event.key === "ArrowUp") step(-1);
    else if (event.key === "Enter") shown === active ? step(event.shiftKey ? -1 : 1) : show(active);
    else return;
    // The panel's keys stay here: Escape must not also leave a focus view.
    event.stopPropagation();
    event.preventDefault();
  };

  const withIndex = (offset: number) => (hit: StatementHit | TextHit, k: number) => ({ hit, index: offset + k });
  return (
    <search className="editor-search" aria-label={t("editor_search")}>
      <div className="editor-search-box">
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label={t("editor_searchLabel")}
          aria-expanded={hits.length > 0}
          aria-controls="editor-search-results"
          aria-activedescendant={hits.length > 0 ? `editor-hit-${active}` : undefined}
          placeholder={doc ? t("editor_searchPlaceholder") : t("editor_searchNoDocument")}
          value={query}
          disabled={!doc}
          onChange={(e) => useEditor.setState({ searchQuery: e.target.value })}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="editor-search-close" aria-label={t("close")} onClick={closeSearch}>
          ×
        </button>
      </div>
      {doc && query.trim() !== "" && (
        <div id="editor-search-results" className="editor-search-results" role="listbox" aria-label={t("editor_searchResults")}>
          {hits.length === 0 && <p className="editor-search-empty">{t("editor_searchNone")}</p>}
          <ResultGroup id="editor-search-statements" label={t("editor_searchStatements", { count: results.statements.length })}>
            {results.statements.map(withIndex(0)).map(({ hit, index }) => (
              <Result key={index} index={index} active={index === active} onPick={show}>
                <Marked text={(hit as StatementHit).text} spans={(hit as StatementHit).matches} />
              </Result>
            ))}
          </ResultGroup>
          <ResultGroup id="editor-search-text" label={t("editor_searchText", { count: results.text.length + results.moreText })}>
            {results.text.map(withIndex(results.statements.length)).map(({ hit, index }) => {
              const snippet = snippetOf(text, hit as TextHit);
              return (
                <Result key={index} index={index} active={index === active} onPick={show}>
                  {snippet.before}
                  <mark>{snippet.match}</mark>
                  {snippet.after}
                </Result>
              );
            })}
            {results.moreText > 0 && <p className="editor-search-more">{t("editor_searchMore", { count: results.moreText })}</p>}
          </ResultGroup>
        </div>
      )}
      <p className="editor-search-hint">{t("editor_searchHint")}</p>
    </search>
  );
}

function ResultGroup({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox (the ARIA listbox pattern), not a form fieldset
    <div role="group" aria-labelledby={id} className="editor-search-group">
      <div id={id} className="editor-search-heading">
        {label}
      </div>
      {children}
    </div>
  );
}

function Result({
  index,
  active,
  onPick,
  children,
}: {
  index: number;
  active: boolean;
  onPick: (index: number) => void;
  children: ReactNode;
}) {
  return (
    // The options are picked with the arrow keys in the search box (aria-activedescendant), so they need no focus of their own.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard path is the combobox, see above
    <div
      id={`editor-hit-${index}`}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      className={`editor-search-hit${active ? " is-active" : ""}`}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onPick(index)}
    >
      {children}
    </div>
  );
}

/** The wording with the matched words marked. */
function Marked({ text, spans }: { text: string; spans: Span[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(text.slice(at, span.start), <mark key={span.start}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
