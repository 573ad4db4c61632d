/** UI strings of an open text that changes on disk (store/followText.ts), in English and Dutch. */
export const textChangedMessages = {
  en: {
    textChanged_banner:
      "{file} changed on disk while it was open. The text shows it as it is now; {count} spans of the map were found again at their new place.",
    textChanged_bannerNoneMoved: "{file} changed on disk while it was open. The text shows it as it is now; no span of the map moved.",
    textChanged_saveRefused:
      "{file} changed on disk just before saving. The map now follows the new text: check its spans, then save again.",
  },
  nl: {
    textChanged_banner:
      "{file} is op schijf gewijzigd terwijl het open was. De tekst staat er nu zoals hij is; {count} fragmenten van de kaart zijn op hun nieuwe plaats teruggevonden.",
    textChanged_bannerNoneMoved:
      "{file} is op schijf gewijzigd terwijl het open was. De tekst staat er nu zoals hij is; geen fragment van de kaart is verschoven.",
    textChanged_saveRefused:
      "{file} is vlak voor het bewaren op schijf gewijzigd. De kaart volgt nu de nieuwe tekst: controleer de fragmenten en bewaar opnieuw.",
  },
} satisfies { en: Record<string, string>; nl: Record<string, string> };
