import type { ArgumentMap, RevealStep, Role } from "../../core";
import { useT } from "../i18n";
import { captionIds, quoteOf } from "./stepView";

/**
 * Under the map, what the current step says in the author's own words: each statement it is about with its
 * role, what it argues for or against, and its quoted span(s) from the text.
 */
export function PresentCaption({ map, step, roles }: { map: ArgumentMap; step: RevealStep | undefined; roles: Map<string, Role> }) {
  const t = useT();
  const relation = relationLine(map, step, t);
  const statements = captionIds(map, step).flatMap((id) => map.statements.filter((s) => s.id === id));
  return (
    <section className="present-caption" aria-live="polite">
      {relation && <p className="present-relation">{relation}</p>}
      {statements.map((s) => {
        const role = roles.get(s.id) ?? "unconnected";
        const quotes = s.anchors.map((a) => quoteOf(a.exact)).filter((q) => q.length > 0);
        return (
          <article key={s.id} className={`present-quote role-${role}`}>
            <p className="present-wording">
              <span className="present-role">{t(`role_${role}`)}</span> {s.text}
            </p>
            {quotes.length > 0 ? (
              quotes.map((q) => <blockquote key={q}>“{q}”</blockquote>)
            ) : (
              <p className="present-implicit">{t("present_notInText")}</p>
            )}
          </article>
        );
      })}
    </section>
  );
}

function relationLine(map: ArgumentMap, step: RevealStep | undefined, t: ReturnType<typeof useT>): string | undefined {
  const inference = map.inferences.find((i) => i.id === step?.focus);
  if (!inference) return undefined;
  const wording = (id: string | undefined) => map.statements.find((s) => s.id === id)?.text ?? "";
  const attacked = map.inferences.find((i) => i.id === inference.target);
  if (attacked) return t("present_againstStep", { target: wording(attacked.target) });
  return t(inference.kind === "support" ? "present_for" : "present_against", { target: wording(inference.target) });
}
