import { canRedo, canUndo, isDirty, redoLabel, undoLabel } from "../../core";
import { runCommand, shortcutOf } from "../commands/registry";
import { useEditor } from "../editor/editorStore";
import { ExportButtons } from "../export/ExportButtons";
import { type MessageKey, useT } from "../i18n";
import { activeDoc, useApp, type View } from "../store/appStore";

/** The four views, each switched to by its command so the toolbar, keys and menu agree. */
const VIEWS: { view: View; label: MessageKey; command: string }[] = [
  { view: "map", label: "map", command: "view-map" },
  { view: "outline", label: "outline", command: "view-outline" },
  { view: "compare", label: "compare_view", command: "view-compare" },
  { view: "matrix", label: "matrix_view", command: "view-matrix" },
];

/** The same commands as the menus and the keyboard, each labelled with its shortcut. */
export function Toolbar() {
  const t = useT();
  const doc = useApp(activeDoc);
  const connectKind = useApp((s) => s.connectKind);
  const theme = useApp((s) => s.theme);
  const mapOnly = useApp((s) => s.mapOnly);
  const language = useApp((s) => s.language);
  const view = useApp((s) => s.view);
  const history = doc?.history;
  const onMapView = view === "map" || view === "outline";
  const undoWhat = history ? undoLabel(history) : undefined;
  const redoWhat = history ? redoLabel(history) : undefined;
  const dirty = history ? isDirty(history) : false;
  const focusing = useEditor((s) => s.focus !== null && s.focus.path === doc?.path);
  return (
    <div className="toolbar" role="toolbar" aria-label="Argumap">
      <strong className="brand">Argumap</strong>
      {/* The compare view and the matrix have their own undo, redo and save for the cross-author file. */}
      {onMapView && (
        <>
          <button type="button" onClick={() => runCommand("save")} disabled={!history || !dirty || doc?.saving} title={shortcutOf("save")}>
            {doc?.saving ? t("saving") : t("save")}
            {dirty && <span className="dirty-dot" title={t("unsaved")} />}
          </button>
          <button
            type="button"
            onClick={() => runCommand("undo")}
            disabled={!history || !canUndo(history)}
            title={undoWhat ? `${t("undoWhat", { what: t(undoWhat as MessageKey) })} (${shortcutOf("undo")})` : shortcutOf("undo")}
          >
            {t("undo")}
          </button>
          <button
            type="button"
            onClick={() => runCommand("redo")}
            disabled={!history || !canRedo(history)}
            title={redoWhat ? `${t("redoWhat", { what: t(redoWhat as MessageKey) })} (${shortcutOf("redo")})` : shortcutOf("redo")}
          >
            {t("redo")}
          </button>
          <button type="button" onClick={() => runCommand("delete")} disabled={!history} title={shortcutOf("delete")}>
            {t("delete")}
          </button>
          <button type="button" onClick={() => runCommand("implicit")} disabled={!history} title={shortcutOf("implicit")}>
            {t("addImplicit")}
          </button>
          <span className="separator" />
          <fieldset className="segmented" aria-label={t("connectMode")}>
            <legend className="visually-hidden">{t("connectMode")}</legend>
            {(["support", "attack"] as const).map((kind) => (
              <label key={kind} className={connectKind === kind ? "is-on" : ""}>
                <input
                  type="radio"
                  name="connect-kind"
                  checked={connectKind === kind}
                  onChange={() => useApp.setState({ connectKind: kind })}
                />
                {t(kind)}
              </label>
            ))}
          </fieldset>
          <button type="button" onClick={() => runCommand("layout")} disabled={!history} title={shortcutOf("layout")}>
            {t("layout")}
          </button>
          <button type="button" onClick={() => runCommand("zoom-fit")} disabled={!history} title={shortcutOf("zoom-fit")}>
            {t("zoomFit")}
          </button>
          <button
            type="button"
            onClick={() => runCommand("focus-neighbourhood")}
            disabled={!history}
            aria-pressed={focusing}
            title={`${t("editor_focus")} (${shortcutOf("focus-neighbourhood")})`}
          >
            {t("editor_focusShort")}
          </button>
          <button type="button" onClick={() => runCommand("find")} title={shortcutOf("find")}>
            {t("editor_find")}
          </button>
        </>
      )}
      <span className="separator" />
      <fieldset className="segmented" aria-label={t("toolbar_view")}>
        {VIEWS.map(({ view: v, label, command }) => (
          <label key={v} className={view === v ? "is-on" : ""} title={shortcutOf(command)}>
            <input type="radio" name="view" checked={view === v} onChange={() => runCommand(command)} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <ExportButtons />
      <span className="spacer" />
      {/* Icons with their words as names, to keep the toolbar short: one row at 1600 px in English, two in Dutch. */}
      <button
        type="button"
        className="icon-button"
        onClick={() => runCommand("shortcuts")}
        title={`${t("editor_shortcutsButton")} (${shortcutOf("shortcuts")})`}
        aria-label={t("editor_shortcutsButton")}
        aria-haspopup="dialog"
      >
        ?
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => runCommand("map-only")}
        hidden={!onMapView}
        title={`${t("mapOnlyHint")} (${shortcutOf("map-only")})`}
        aria-label={t("mapOnly")}
        aria-pressed={mapOnly}
      >
        ⤢
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => runCommand("toggle-theme")}
        title={`${t("theme")} (${shortcutOf("toggle-theme")})`}
        aria-label={theme === "dark" ? t("themeLight") : t("themeDark")}
      >
        {theme === "dark" ? "☀" : "☾"}
      </button>
      <select aria-label={t("language")} value={language} onChange={(e) => setLanguage(e.target.value === "nl" ? "nl" : "en")}>
        <option value="en">English</option>
        <option value="nl">Nederlands</option>
      </select>
    </div>
  );
}

function setLanguage(language: "en" | "nl"): void {
  localStorage.setItem("argumap.language", language);
  useApp.setState({ language });
}
