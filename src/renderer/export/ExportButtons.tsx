import { isMacPlatform, keyLabel } from "../editor/keys";
import { useT } from "../i18n";
import { presentCommands } from "../present/commands";
import { startPresentation } from "../present/presentStore";
import { activeMap, useApp } from "../store/appStore";
import { exportCommands } from "./commands";
import { openExportDialog } from "./exportStore";

/** The toolbar's Export… and Present buttons: the same commands as Ctrl+E and F5 and the menus. */
export function ExportButtons() {
  const t = useT();
  const hasMap = useApp((s) => Boolean(activeMap(s)));
  const keys = (commandKeys: string[]) => commandKeys.map((k) => keyLabel(k, isMacPlatform())).join(", ");
  return (
    <>
      <button type="button" onClick={openExportDialog} disabled={!hasMap} title={keys(exportCommands[0]?.keys ?? [])}>
        {t("export_command")}
      </button>
      <button type="button" onClick={startPresentation} disabled={!hasMap} title={keys(presentCommands[0]?.keys ?? [])}>
        {t("present_command")}
      </button>
    </>
  );
}
