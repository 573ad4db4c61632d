import { commandGroups } from "../commands/registry";
import { Modal } from "../dialogs/Modal";
import { type MessageKey, useT } from "../i18n";
import { useEditor } from "./editorStore";
import { isMacPlatform, keyParts } from "./keys";

const MOUSE: { gesture: MessageKey; what: MessageKey }[] = [
  { gesture: "editor_mouse_select", what: "editor_mouse_selectWhat" },
  { gesture: "editor_mouse_edit", what: "editor_mouse_editWhat" },
  { gesture: "editor_mouse_connect", what: "editor_mouse_connectWhat" },
  { gesture: "editor_mouse_span", what: "editor_mouse_spanWhat" },
];

/** `?`: every command of the table with its keys, in its group, in the user's language. */
export function ShortcutHelp() {
  const open = useEditor((s) => s.helpOpen);
  return open ? <HelpDialog /> : null;
}

function HelpDialog() {
  const t = useT();
  const isMac = isMacPlatform();
  const close = () => useEditor.setState({ helpOpen: false });
  return (
    <Modal className="editor-help" aria-labelledby="editor-help-title" onCancel={close} closeOnBackdrop>
      <header className="editor-help-header">
        <h2 id="editor-help-title">{t("editor_shortcuts")}</h2>
        <button type="button" onClick={close} data-autofocus="">
          {t("close")}
        </button>
      </header>
      <div className="editor-help-groups">
        {commandGroups
          .filter((group) => group.commands.some((c) => c.keys.length > 0))
          .map((group) => (
            <section key={group.title} aria-label={t(group.title)}>
              <h3>{t(group.title)}</h3>
              <dl>
                {group.commands
                  .filter((c) => c.keys.length > 0)
                  .map((command) => (
                    <div key={command.id} className="editor-help-row">
                      <dt>{t(command.label)}</dt>
                      <dd>
                        {command.keys.map((combo) => (
                          <span key={combo} className="editor-help-combo">
                            {keyParts(combo, isMac).map((part) => (
                              <kbd key={part}>{part}</kbd>
                            ))}
                          </span>
                        ))}
                      </dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
        <section aria-label={t("editor_group_mouse")}>
          <h3>{t("editor_group_mouse")}</h3>
          <dl>
            {MOUSE.map((row) => (
              <div key={row.gesture} className="editor-help-row">
                <dt>{t(row.what)}</dt>
                <dd className="editor-help-gesture">{t(row.gesture)}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Modal>
  );
}
