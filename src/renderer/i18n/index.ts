import { useCallback } from "react";
import { useApp } from "../store/appStore";
import { type MessageKey, translate } from "./translate";

export { initialLanguage, type Language, type MessageKey, translate } from "./translate";

/** The translate function for the language the user chose. */
export function useT(): (key: MessageKey, values?: Record<string, string | number>) => string {
  const language = useApp((s) => s.language);
  return useCallback((key, values) => translate(language, key, values), [language]);
}
