import { useMemo } from "react";
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
  children: Item[];
}

function OutlineItem({ item }: { item: Item }) {
  const t = useT();
  const selected = useApp((s) => s.selection.includes(item.statement));
  return (
    <li>
      <button
        type="button"
        aria-pressed={selected}
        className={`outline-row role-${item.role}${selected ? " is-selected" : ""}`}
        onClick={() => useApp.setState({ selection: [item.statement] })}
      >
        <span className="role">{t(`role_${item.role}`)}</span>
        {item.linkedWith > 1 && <span className="linked">⧉</span>}
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
    return { key, statement: id, text: s?.text ?? id, role: roles.get(id) ?? "unconnected", relation, linkedWith, children };
  };
  const roots = map.statements.filter((s) => s.central || !premiseOf.has(s.id));
  roots.sort((a, b) => Number(Boolean(b.central)) - Number(Boolean(a.central)));
  return roots.map((s) => build(s.id, undefined, 1, s.id));
}
