import { Panel } from "@xyflow/react";
import { ROLES } from "../../core";
import { useT } from "../i18n";

/** The role colours, as teachers expect them: green reasons, red objections, orange rebuttals. */
export function Legend() {
  const t = useT();
  return (
    <Panel position="top-right" className="legend" aria-label={t("legend")}>
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
      </ul>
    </Panel>
  );
}
