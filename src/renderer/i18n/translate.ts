import { type Dictionary, en, type MessageKey } from "./en";
import { nl } from "./nl";

export type Language = "en" | "nl";
export type { MessageKey };

const dictionaries: Record<Language, Dictionary> = { en, nl };

/**
 * The message in the language, with `{name}` replaced by the value and `{name|one|other}` by the form for that
 * count ("{count} {count|statement|statements}"): English and Dutch both have one singular and one plural, and a
 * sentence reads better than "statement(s)".
 */
export function translate(language: Language, key: MessageKey, values?: Record<string, string | number>): string {
  const template = dictionaries[language][key];
  if (!values) return template;
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      name in values ? (Number(values[name]) === 1 ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem("argumap.language");
  if (stored === "en" || stored === "nl") return stored;
  return globalThis.navigator?.language?.startsWith("nl") ? "nl" : "en";
}
