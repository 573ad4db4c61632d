import { type CrossAuthorFile, NO_POSITION_SYMBOL, opEdLabel, STANCE_SYMBOLS, type Stance } from "../../core";
import type { LoadedMap } from "../crossAuthor";
import type { MessageKey } from "../i18n";

/** The op-eds of the matrix, in the file's order (the order its author chose), with their short names. */
export function columnsOf(file: CrossAuthorFile, maps: Record<string, LoadedMap>): { id: string; label: string }[] {
  return file.maps.map((entry) => ({ id: entry.id, label: opEdLabel(entry, maps[entry.id]?.map) }));
}

export function stanceKey(stance: Stance): MessageKey {
  return `matrix_stance_${stance}`;
}

/** Symbol and word, so a stance never speaks by colour alone. */
export function stanceText(stance: Stance | undefined, t: (key: MessageKey) => string): string {
  return stance ? `${STANCE_SYMBOLS[stance]} ${t(stanceKey(stance))}` : `${NO_POSITION_SYMBOL} ${t("matrix_noPosition")}`;
}

export function statementWording(maps: Record<string, LoadedMap>, map: string, statement: string): string | undefined {
  return maps[map]?.map.statements.find((s) => s.id === statement)?.text;
}
