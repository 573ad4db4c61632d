import type { ReactNode } from "react";
import { type MessageKey, useT } from "../i18n";
import type { BlankChoice, ExportChoices } from "./exportChoices";
import { isHandout, optionsOf } from "./exportChoices";
import { choose } from "./exportStore";

/** The options of the chosen format, each a small group of radio buttons or a checkbox. */
export function ExportOptions({ choices, selectedCount }: { choices: ExportChoices; selectedCount: number }) {
  const t = useT();
  const has = new Set(optionsOf(choices.format));
  if (isHandout(choices.format)) {
    return (
      <div className="export-options">
        <p className="export-hint">{t("export_handoutNote")}</p>
        {has.has("paper") && <Paper choices={choices} note={t("export_handoutPagesNote")} fewestPages={false} />}
      </div>
    );
  }
  if (has.size === 0) return <p className="export-hint">{t("export_noOptions")}</p>;
  return (
    <div className="export-options">
      {has.has("scale") && (
        <Choice
          legend="export_scale"
          name="scale"
          value={String(choices.scale)}
          items={[
            ["1", t("export_scale1")],
            ["2", t("export_scale2")],
          ]}
          onChange={(v) => choose({ scale: v === "1" ? 1 : 2 })}
        />
      )}
      {has.has("paper") && <Paper choices={choices} note={t("export_fitNote")} fewestPages />}
      {has.has("part") && (
        <Choice
          legend="export_part"
          name="part"
          value={selectedCount > 0 ? choices.part : "all"}
          items={[
            ["all", t("export_partAll")],
            ["selection", t("export_partSelection", { count: selectedCount }), selectedCount === 0],
          ]}
          onChange={(v) => choose({ part: v === "selection" ? "selection" : "all" })}
        />
      )}
      {has.has("greyscale") && (
        <Choice
          legend="export_colours"
          name="colours"
          value={choices.greyscale ? "grey" : "colour"}
          items={[
            ["colour", t("export_inColour")],
            ["grey", t("export_inGreyscale")],
          ]}
          onChange={(v) => choose({ greyscale: v === "grey" })}
        />
      )}
      {has.has("quotes") && (
        <label className="export-check">
          <input type="checkbox" checked={choices.quotes} onChange={(e) => choose({ quotes: e.target.checked })} />
          {t("export_quotes")}
        </label>
      )}
      {has.has("blanks") && (
        <Choice
          legend="export_blanks"
          name="blanks"
          value={selectedCount === 0 && choices.blanks === "selection" ? "auto" : choices.blanks}
          items={[
            ["auto", t("export_blanksAuto")],
            ["premises", t("export_blanksPremises")],
            ["all-but-central", t("export_blanksAllButCentral")],
            ["selection", t("export_blanksSelection", { count: selectedCount }), selectedCount === 0],
          ]}
          onChange={(v) => choose({ blanks: v as BlankChoice })}
        />
      )}
      {has.has("answerKey") && (
        <label className="export-check">
          <input type="checkbox" checked={choices.answerKey} onChange={(e) => choose({ answerKey: e.target.checked })} />
          {t("export_answerKey")}
        </label>
      )}
    </div>
  );
}

/**
 * Paper and orientation. The map's PDF may leave the orientation to the export (the one that needs fewer pages);
 * the handout's is landscape until chosen.
 */
function Paper({ choices, note, fewestPages }: { choices: ExportChoices; note: string; fewestPages: boolean }) {
  const t = useT();
  const orientation = choices.landscape === undefined ? (fewestPages ? "auto" : "landscape") : choices.landscape ? "landscape" : "portrait";
  const items: [string, string][] = [
    ["portrait", t("export_portrait")],
    ["landscape", t("export_landscape")],
  ];
  if (fewestPages) items.unshift(["auto", t("export_orientationAuto")]);
  return (
    <>
      <Choice
        legend="export_paper"
        name="paper"
        value={choices.page}
        items={[
          ["a4", t("export_paperA4")],
          ["letter", t("export_paperLetter")],
        ]}
        onChange={(v) => choose({ page: v === "letter" ? "letter" : "a4" })}
      />
      <Choice
        legend="export_orientation"
        name="orientation"
        value={orientation}
        items={items}
        onChange={(v) => choose({ landscape: v === "auto" ? undefined : v === "landscape" })}
        note={note}
      />
    </>
  );
}

function Choice(props: {
  legend: MessageKey;
  name: string;
  value: string;
  /** value, label, disabled */
  items: [string, string, boolean?][];
  onChange: (value: string) => void;
  note?: ReactNode;
}) {
  const t = useT();
  return (
    <fieldset className="export-choice">
      <legend>{t(props.legend)}</legend>
      {props.items.map(([value, label, disabled]) => (
        <label key={value} className={disabled ? "is-disabled" : ""}>
          <input
            type="radio"
            name={`export-${props.name}`}
            value={value}
            checked={props.value === value}
            disabled={disabled}
            onChange={() => props.onChange(value)}
          />
          {label}
        </label>
      ))}
      {props.note && <p className="export-hint">{props.note}</p>}
    </fieldset>
  );
}
