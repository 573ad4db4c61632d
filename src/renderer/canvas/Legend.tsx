import { ROLES } from "../../core";
import { useT } from "../i18n";

/**
 * The role colours, as teachers expect them (green reasons, red objections, orange rebuttals), and the
 * connections: a support is a solid line, an attack a dashed one, linked premises meet in one thick junction.
 * A strip above the canvas rather than a panel on it, so that it never covers a box.
 */
export function Legend() {
  const t = useT();
  return (
    <aside className="legend" aria-label={t("legend")}>
      <ul>
        {ROLES.map((role) => (
          <li key={role}>
            <span className={`swatch role-${role}`} aria-hidden="true" />
            {t(`role_${role}`)}
          </li>
        ))}
        <li>
          <span className="swatch is-implicit" aria-hidden="true" />
          {t("implicit")}
        </li>
        <li>
          <EdgeSample colour="var(--premise)" />
          {t("structure_legendSupports")}
        </li>
        <li>
          <EdgeSample colour="var(--counterclaim)" dashed />
          {t("structure_legendAttacks")}
        </li>
        <li>
          <span className="junction is-linked" aria-hidden="true" style={LEGEND_JUNCTION}>
            +
          </span>
          {t("structure_legendLinked")}
        </li>
      </ul>
    </aside>
  );
}

const LEGEND_JUNCTION = { display: "inline-grid", width: 16, height: 16, fontSize: 11, marginRight: 6, verticalAlign: -3 } as const;

/** The same stroke as the canvas edges (styles.css: .edge-support, .edge-attack), drawn small. */
function EdgeSample({ colour, dashed = false }: { colour: string; dashed?: boolean }) {
  return (
    <svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true" style={{ marginRight: 6, verticalAlign: -1 }}>
      <line x1="1" y1="6" x2="12" y2="6" style={{ stroke: colour, strokeWidth: 2, strokeDasharray: dashed ? "4 2" : undefined }} />
      <polygon points="17,6 11,2.5 11,9.5" style={{ fill: colour }} />
    </svg>
  );
}
