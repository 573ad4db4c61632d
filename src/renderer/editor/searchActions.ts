import { useEditor } from "./editorStore";
import { clearReaderHighlight } from "./readerHighlight";

export function openSearch(): void {
  useEditor.setState((s) => ({ searchOpen: true, searchFocus: s.searchFocus + 1 }));
}

export function closeSearch(): void {
  clearReaderHighlight();
  useEditor.setState({ searchOpen: false });
}
