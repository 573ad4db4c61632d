import type { StatementRef } from "../../core";
import { useCross } from "../crossAuthor";
import { useApp } from "../store/appStore";
import { openDocument } from "../store/documentActions";

/**
 * Open an op-ed at one of its statements: the text and map come back in the map view with the statement
 * selected, the map centred on it and the reader scrolled to its first span. One state change does it all, so
 * the reader is visible again when it handles the scroll request.
 */
export async function openStatement(ref: StatementRef): Promise<void> {
  const loaded = useCross.getState().maps[ref.map];
  if (!loaded) return;
  await openDocument(loaded.path);
  const doc = useApp.getState().docs[loaded.path];
  const statement = doc?.history?.present.statements.find((s) => s.id === ref.statement);
  const anchor = statement?.anchors[0];
  useApp.setState((s) => ({
    view: "map",
    selection: statement ? [ref.statement] : [],
    focusRequest: statement ? { id: ref.statement, serial: (s.focusRequest?.serial ?? 0) + 1 } : s.focusRequest,
    scrollRequest: anchor ? { offset: anchor.start, serial: (s.scrollRequest?.serial ?? 0) + 1 } : s.scrollRequest,
  }));
}
