/** UI strings of one feature, in English and Dutch; en.ts and nl.ts merge them into the one dictionary. */
export const presentMessages = {
  en: {},
  nl: {},
} satisfies { en: Record<string, string>; nl: Record<string, string> };
