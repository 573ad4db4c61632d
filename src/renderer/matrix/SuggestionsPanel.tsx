import { useMemo, useState } from "react";
import {
  type ArgumentMap,
  dismissSuggestion,
  LINK_RELATIONS,
  type LinkRelation,
  type StatementRef,
  type Suggestion,
  type SuggestionReason,
  suggestAlignments,
} from "../../core";
import { linkStatements } from "../compare/edits";
import { applyCrossEdit, type LoadedMap, useCross } from "../crossAuthor";
import { type MessageKey, useT } from "../i18n";
import { columnsOf, statementWording } from "./labels";
import { wordsToShow } from "./reasonWords";

const PAGE = 8;

/**
 * Statements of two op-eds that likely speak of the same thing, best first, each with why it is offered. The
 * user links a pair (choosing the relation) or dismisses it; a dismissed pair is kept in the file and never
 * offered again. With `statement`, only the candidates for that statement of the first op-ed.
 */
export function SuggestionsPanel({ mapA, mapB, statement }: { mapA: string; mapB: string; statement?: string }) {
  const t = useT();
  const file = useCross((s) => s.history?.present);
  const maps = useCross((s) => s.maps);
  const [shown, setShown] = useState(PAGE);
  const mapsById = useMemo(() => mapsOf(maps), [maps]);
  const suggestions = useMemo(() => {
    if (!file || mapA === mapB) return [];
    const options = { maps: [mapA, mapB] as const, limit: 60, ...(statement ? { statement: { map: mapA, statement } } : {}) };
    return suggestAlignments(mapsById, file, options);
  }, [file, mapsById, mapA, mapB, statement]);
  if (!file) return null;
  const labels = Object.fromEntries(columnsOf(file, maps).map((c) => [c.id, c.label]));
  if (suggestions.length === 0) return <p className="hint">{t("matrix_noSuggestions")}</p>;
  return (
    <div className="matrix-suggestions">
      <ol>
        {suggestions.slice(0, shown).map((s, i) => (
          <SuggestionItem key={`${s.a.statement}|${s.b.statement}`} suggestion={s} rank={i + 1} labels={labels} maps={maps} />
        ))}
      </ol>
      {suggestions.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          +{Math.min(PAGE, suggestions.length - shown)}
        </button>
      )}
    </div>
  );
}

function mapsOf(maps: Record<string, LoadedMap>): Record<string, ArgumentMap> {
  return Object.fromEntries(Object.entries(maps).map(([id, loaded]) => [id, loaded.map]));
}

type Translate = ReturnType<typeof useT>;

/** Why a pair is offered, in a few words. */
function reasonText(t: Translate, reason: SuggestionReason, context: ReasonContext): string {
  const { maps, names, questions } = context;
  switch (reason.kind) {
    case "words": {
      const words = wordsToShow(reason.words, names);
      return words.length > 0 ? t("matrix_reasonWords", { words: words.slice(0, 5).join(", ") }) : "";
    }
    case "names":
      return t("matrix_reasonNames", { names: reason.names.join(", ") });
    case "context":
      return t("matrix_reasonContext", { words: reason.words.slice(0, 5).join(", ") });
    case "wording":
      return t("matrix_reasonWording");
    case "linkedNeighbours": {
      const [first] = reason.via;
      if (!first) return t("matrix_reasonWording");
      const wording = (ref: StatementRef) => short(statementWording(maps, ref.map, ref.statement) ?? ref.statement);
      return t(reason.via.length > 1 ? "matrix_reasonLinkedMore" : "matrix_reasonLinked", {
        count: reason.via.length,
        a: wording(first.a),
        b: wording(first.b),
      });
    }
    case "sharedIssues": {
      const [first = ""] = reason.issues;
      // In full: the question is the reason, and a cut one reads as another.
      const question = questions[first] ?? first;
      return reason.issues.length > 1
        ? t("matrix_reasonIssuesMore", { count: reason.issues.length, question })
        : t("matrix_reasonIssue", { question });
    }
  }
}

interface ReasonContext {
  maps: Record<string, LoadedMap>;
  /** Names shown already, in lower case: not shown again as words. */
  names: ReadonlySet<string>;
  /** The issues' questions by id. */
  questions: Readonly<Record<string, string>>;
}

const SHORT = 40;

function short(text: string): string {
  return text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text;
}

function SuggestionItem(props: { suggestion: Suggestion; rank: number; labels: Record<string, string>; maps: Record<string, LoadedMap> }) {
  const { suggestion, rank, labels, maps } = props;
  const t = useT();
  const [relation, setRelation] = useState<LinkRelation>("same");
  const { a, b } = suggestion;
  const wordingA = statementWording(maps, a.map, a.statement) ?? a.statement;
  const wordingB = statementWording(maps, b.map, b.statement) ?? b.statement;
  const names = new Set(suggestion.reasons.flatMap((r) => (r.kind === "names" ? r.names.map((n) => n.toLowerCase()) : [])));
  const questions = useCross((s) => s.history?.present.issues);
  const context = { maps, names, questions: Object.fromEntries((questions ?? []).map((q) => [q.id, q.question])) };
  const reasons = suggestion.reasons.map((r) => reasonText(t, r, context)).filter(Boolean);
  const accept = () =>
    applyCrossEdit("matrix_label_accept", (f) => linkStatements(f, { from: a, to: b }, relation, "", useCross.getState().maps));
  const dismiss = () => applyCrossEdit("matrix_label_dismiss", (f) => dismissSuggestion(f, a, b));
  return (
    <li className="matrix-suggestion" aria-label={t("matrix_suggestionLabel", { rank, a: wordingA, b: wordingB })}>
      <p>
        <strong>{labels[a.map] ?? a.map}</strong> “{wordingA}”
      </p>
      <p>
        <strong>{labels[b.map] ?? b.map}</strong> “{wordingB}”
      </p>
      <p className="matrix-reasons">
        <meter min={0} max={1} value={suggestion.score} title={t("matrix_score", { score: suggestion.score.toFixed(2) })} />{" "}
        {reasons.join(" · ")}
      </p>
      <div className="matrix-actions">
        <select aria-label={t("matrix_acceptAs")} value={relation} onChange={(e) => setRelation(e.target.value as LinkRelation)}>
          {LINK_RELATIONS.map((r) => (
            <option key={r} value={r}>
              {t(`compare_rel_${r}` as MessageKey)}
            </option>
          ))}
        </select>
        <button type="button" className="primary" onClick={accept}>
          {t("matrix_accept")}
        </button>
        <button type="button" onClick={dismiss}>
          {t("matrix_dismiss")}
        </button>
      </div>
    </li>
  );
}
