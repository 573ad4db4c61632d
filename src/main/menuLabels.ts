/**
 * The words of the native shell (menus and dialogs) in English and Dutch. Native menus are built before the
 * page exists, so they follow the system's language (app.getLocale()) rather than the renderer's dictionary.
 */
export interface MainLabels {
  file: string;
  openFolder: string;
  save: string;
  export: string;
  close: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  delete: string;
  find: string;
  view: string;
  viewMap: string;
  viewOutline: string;
  viewCompare: string;
  viewMatrix: string;
  present: string;
  zoomFit: string;
  toggleTheme: string;
  mapOnly: string;
  help: string;
  shortcuts: string;
  unsavedBeforeClose: string;
  unsavedBeforeOpen: string;
  unsavedDetail: string;
  saveButton: string;
  dontSaveButton: string;
  cancelButton: string;
  openFolderTitle: string;
  openFolderButton: string;
  exportTitle: string;
}

const en: MainLabels = {
  file: "File",
  openFolder: "Open folder…",
  save: "Save",
  export: "Export…",
  close: "Close",
  edit: "Edit",
  undo: "Undo",
  redo: "Redo",
  cut: "Cut",
  copy: "Copy",
  paste: "Paste",
  delete: "Delete",
  find: "Find",
  view: "View",
  viewMap: "Map",
  viewOutline: "Outline",
  viewCompare: "Compare",
  viewMatrix: "Issues matrix",
  present: "Presentation mode",
  zoomFit: "Zoom to fit",
  toggleTheme: "Toggle theme",
  mapOnly: "Map only",
  help: "Help",
  shortcuts: "Keyboard shortcuts",
  unsavedBeforeClose: "Save the changes to your map before closing?",
  unsavedBeforeOpen: "Save the changes to your map before opening another folder?",
  unsavedDetail: "If you don't save, your changes will be lost.",
  saveButton: "Save",
  dontSaveButton: "Don't save",
  cancelButton: "Cancel",
  openFolderTitle: "Open a folder of texts",
  openFolderButton: "Open",
  exportTitle: "Export",
};

const nl: MainLabels = {
  file: "Bestand",
  openFolder: "Map openen…",
  save: "Bewaren",
  export: "Exporteren…",
  close: "Sluiten",
  edit: "Bewerken",
  undo: "Ongedaan maken",
  redo: "Opnieuw",
  cut: "Knippen",
  copy: "Kopiëren",
  paste: "Plakken",
  delete: "Verwijderen",
  find: "Zoeken",
  view: "Beeld",
  viewMap: "Kaart",
  viewOutline: "Overzicht",
  viewCompare: "Vergelijken",
  viewMatrix: "Matrix van geschilpunten",
  present: "Presentatiemodus",
  zoomFit: "Passend zoomen",
  toggleTheme: "Thema wisselen",
  mapOnly: "Alleen de kaart",
  help: "Help",
  shortcuts: "Sneltoetsen",
  unsavedBeforeClose: "De wijzigingen in uw kaart bewaren voor het sluiten?",
  unsavedBeforeOpen: "De wijzigingen in uw kaart bewaren voor u een andere map opent?",
  unsavedDetail: "Als u niet bewaart, gaan uw wijzigingen verloren.",
  saveButton: "Bewaren",
  dontSaveButton: "Niet bewaren",
  cancelButton: "Annuleren",
  openFolderTitle: "Een map met teksten openen",
  openFolderButton: "Openen",
  exportTitle: "Exporteren",
};

/** Dutch for any Dutch locale ("nl", "nl-NL", "nl-BE"), English otherwise. */
export function labelsFor(locale: string): MainLabels {
  return locale.toLowerCase().startsWith("nl") ? nl : en;
}
