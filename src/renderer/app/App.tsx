import { useEffect } from "react";
import { MapCanvas } from "../canvas/MapCanvas";
import { installKeyboard, runCommand } from "../commands/registry";
import { CompareView } from "../compare/CompareView";
import { EditorOverlays } from "../editor/EditorOverlays";
import { ExportDialog } from "../export/ExportDialog";
import { useT } from "../i18n";
import { MatrixView } from "../matrix/MatrixView";
import { ConfirmDialog, ConflictDialog, DocumentBanners, Notice } from "../panels/Banners";
import { Checks } from "../panels/Checks";
import { Inspector } from "../panels/Inspector";
import { Outline } from "../panels/Outline";
import { Presentation } from "../present/Presentation";
import { Reader } from "../reader/Reader";
import { activeDoc, useApp } from "../store/appStore";
import { loadWorkspace, notifyError, workspaceChanged } from "../store/documentActions";
import { DocumentList } from "./DocumentList";
import { Resizable } from "./Resizable";
import { Toolbar } from "./Toolbar";

/** Three panes — documents, the text, the map — with the toolbar above and the details beside the map. */
export function App() {
  const t = useT();
  const theme = useApp((s) => s.theme);
  const language = useApp((s) => s.language);
  const view = useApp((s) => s.view);
  const hasDoc = useApp((s) => Boolean(activeDoc(s)));
  const bridge = useApp((s) => s.bridge);
  const mapOnly = useApp((s) => s.mapOnly);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = language;
  }, [theme, language]);

  useEffect(() => {
    if (!bridge) return;
    loadWorkspace().catch(notifyError);
    const stopEvents = bridge.onWorkspaceEvent((event) => void workspaceChanged(event));
    // A native menu click is not a key the dialogs can stop, so commands wait while a modal is open.
    const stopMenu = bridge.onMenuCommand((id) => {
      if (!document.querySelector('[aria-modal="true"]')) runCommand(id);
    });
    const stopKeys = installKeyboard(window);
    return () => {
      stopEvents();
      stopMenu();
      stopKeys();
    };
  }, [bridge]);

  return (
    <div className="app">
      <Toolbar />
      {/* feature views (compare, matrix): one line each, before the panes */}
      {view === "compare" && <CompareView />}
      {view === "matrix" && <MatrixView />}
      <main className="panes" hidden={view === "compare" || view === "matrix"}>
        <Resizable id="documents" initial={230} share={0.14} min={160} max={420} hidden={mapOnly}>
          <DocumentList />
        </Resizable>
        <Resizable id="reader" initial={460} share={0.28} min={280} max={900} hidden={mapOnly}>
          <Reader />
        </Resizable>
        <section className="map-pane" aria-label={t("map")}>
          <DocumentBanners />
          {hasDoc ? view === "outline" ? <Outline /> : <MapCanvas /> : <p className="hint centered">{t("openDocumentHint")}</p>}
          {hasDoc && !mapOnly && <Checks />}
        </section>
        {hasDoc && (
          <Resizable id="inspector" initial={280} share={0.17} min={220} max={480} side="left" hidden={mapOnly}>
            <Inspector />
          </Resizable>
        )}
      </main>
      <Notice />
      <ConfirmDialog />
      <ConflictDialog />
      {/* feature overlays (dialogs, help, presentation): one line each */}
      <EditorOverlays />
      <ExportDialog />
      <Presentation />
    </div>
  );
}
