/** UI strings of the toolbar, in English and Dutch; en.ts and nl.ts merge them into the one dictionary. */
export const toolbarMessages = {
  en: {
    toolbar_view: "View",
  },
  nl: {
    toolbar_view: "Weergave",
  },
} satisfies { en: Record<string, string>; nl: Record<string, string> };
