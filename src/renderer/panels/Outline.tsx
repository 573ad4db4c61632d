import { type KeyboardEvent, useEffect, useMemo, useRef } from "react";
import { type ArgumentMap, analyseRoles, type Role } from "../../core";
import { useT } from "../i18n";
import { activeMap, useApp } from "../store/appStore";

/** The map as an indented list, from the central claim down; the same selection as the canvas. */
export function Outline() {
  const t = useT();
  const map = useApp(activeMap);
  const tree = useMemo(() => (map ? outlineOf(map) : []), [map]);
  if (!map) return null;
  return (
    <section className="outline" aria-label={t("outline")}>
      <ul>
        {tree.map((item) => (
          <OutlineItem key={item.key} item={item} />
        ))}
      </ul>
    </section>
  );
}

interface Item {
  key: string;
  statement: string;
  text: string;
  role: Role;
  relation?: "support" | "attack" | "undercut";
  linkedWith: number;
  /** No span in the text: a premise the analyst added. */
  implicit: boolean;
  children: Item[];
}

function OutlineItem({ item }: { item: Item }) {
  const t = useT();
  const selected = useApp((s) => s.selection.includes(item.statement));
  const row = useRef<HTMLButtonElement>(null);
  // Selected elsewhere (the text, the checks): bring the row into view, as the canvas centres its box.
  useEffect(() => {
    if (selected) row.current?.scrollIntoView({ block: "nearest" });
  }, [selected]);
  return (
    <li>
      <button
        ref={row}
        type="button"
        aria-pressed={selected}
        className={`outline-row role-${item.role}${selected ? " is-selected" : ""}${item.implicit ? " is-implicit" : ""}`}
        onClick={() => useApp.setState({ selection: [item.statement] })}
        onKeyDown={onRowKey}
      >
        {/* Spaces between the parts, so that the row reads "Premise implicit Europe …", not "Premiseimplicit…". */}
        <span className="outline-role">{t(`role_${item.role}`)}</span> {item.implicit && <span className="implicit">{t("implicit")} </span>}
        {item.linkedWith > 1 && (
          <span className="linked" role="img" aria-label={t("structure_linkedWith", { count: item.linkedWith - 1 })}>
            ⧉
          </span>
        )}{" "}
        {item.text}
      </button>
      {item.children.length > 0 && (
        <ul>
          {item.children.map((child) => (
            <OutlineItem key={child.key} item={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Enter and Space press the row as on any button; the app's shortcuts (Enter edits the selected statement) must
 * not take them first. Up and down move through the rows in reading order.
 */
function onRowKey(event: KeyboardEvent<HTMLButtonElement>): void {
  if (event.key === "Enter" || event.key === " ") {
    event.stopPropagation();
    return;
  }
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const rows = [...(event.currentTarget.closest(".outline")?.querySelectorAll<HTMLButtonElement>(".outline-row") ?? [])];
  const next = rows[rows.indexOf(event.currentTarget) + (event.key === "ArrowDown" ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  event.stopPropagation();
  next.focus();
}

/** Roots are the central claim and statements that argue for nothing; each inference's premises hang under its target. */
export function outlineOf(map: ArgumentMap): Item[] {
  const { roles } = analyseRoles(map);
  const byTarget = new Map<string, typeof map.inferences>();
  for (const inf of map.inferences) byTarget.set(inf.target, [...(byTarget.get(inf.target) ?? []), inf]);
  const premiseOf = new Set(map.inferences.flatMap((i) => i.premises));
  const seen = new Set<string>();
  const build = (id: string, relation: Item["relation"], linkedWith: number, key: string): Item => {
    const s = map.statements.find((x) => x.id === id);
    const children: Item[] = [];
    if (!seen.has(id)) {
      seen.add(id);
      const incoming = [...(byTarget.get(id) ?? [])];
      for (const inf of incoming) {
        const undercuts = byTarget.get(inf.id) ?? [];
        for (const p of inf.premises) {
          const child = build(p, inf.kind, inf.premises.length, `${key}/${inf.id}/${p}`);
          for (const u of undercuts)
            for (const up of u.premises) child.children.push(build(up, "undercut", u.premises.length, `${key}/${u.id}/${up}`));
          children.push(child);
        }
      }
    }
    const implicit = s !== undefined && s.anchors.length === 0;
    return { key, statement: id, text: s?.text ?? id, role: roles.get(id) ?? "unconnected", relation, linkedWith, implicit, children };
  };
  const roots = map.statements.filter((s) => s.central || !premiseOf.has(s.id));
  roots.sort((a, b) => Number(Boolean(b.central)) - Number(Boolean(a.central)));
  return roots.map((s) => build(s.id, undefined, 1, s.id));
}
