import { canRedo, canUndo, isDirty, redoLabel, undoLabel } from "../../core";
import { runCommand } from "../commands/registry";
import { type MessageKey, useT } from "../i18n";
import { activeDoc, useApp } from "../store/appStore";

/** The same commands as the menus and the keyboard, each labelled with its shortcut. */
export function Toolbar() {
  const t = useT();
  const doc = useApp(activeDoc);
  const connectKind = useApp((s) => s.connectKind);
  const theme = useApp((s) => s.theme);
  const language = useApp((s) => s.language);
  const view = useApp((s) => s.view);
  const history = doc?.history;
  const undoWhat = history ? undoLabel(history) : undefined;
  const redoWhat = history ? redoLabel(history) : undefined;
  const dirty = history ? isDirty(history) : false;
  return (
    <div className="toolbar" role="toolbar" aria-label="Argumap">
      <strong className="brand">Argumap</strong>
      <button type="button" onClick={() => runCommand("save")} disabled={!history || !dirty || doc?.saving} title="Ctrl+S">
        {doc?.saving ? t("saving") : t("save")}
        {dirty && <span className="dirty-dot" title={t("unsaved")} />}
      </button>
      <button
        type="button"
        onClick={() => runCommand("undo")}
        disabled={!history || !canUndo(history)}
        title={undoWhat ? `${t("undoWhat", { what: t(undoWhat as MessageKey) })} (Ctrl+Z)` : "Ctrl+Z"}
      >
        {t("undo")}
      </button>
      <button
        type="button"
        onClick={() => runCommand("redo")}
        disabled={!history || !canRedo(history)}
        title={redoWhat ? `${t("redoWhat", { what: t(redoWhat as MessageKey) })} (Ctrl+Shift+Z)` : "Ctrl+Shift+Z"}
      >
        {t("redo")}
      </button>
      <button type="button" onClick={() => runCommand("delete")} disabled={!history} title="Delete">
        {t("delete")}
      </button>
      <button type="button" onClick={() => runCommand("implicit")} disabled={!history} title="Alt+5">
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
      <button type="button" onClick={() => runCommand("layout")} disabled={!history} title="Ctrl+L">
        {t("layout")}
      </button>
      <button type="button" onClick={() => runCommand("zoom-fit")} disabled={!history} title="Ctrl+0">
        {t("zoomFit")}
      </button>
      <span className="separator" />
      <fieldset className="segmented" aria-label="View">
        {(["map", "outline"] as const).map((v) => (
          <label key={v} className={view === v ? "is-on" : ""}>
            <input type="radio" name="view" checked={view === v} onChange={() => useApp.setState({ view: v })} />
            {t(v)}
          </label>
        ))}
      </fieldset>
      <span className="spacer" />
      <button type="button" onClick={() => runCommand("toggle-theme")} title={t("theme")}>
        {theme === "dark" ? t("themeLight") : t("themeDark")}
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
