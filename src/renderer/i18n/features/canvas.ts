/**
 * UI strings of the map canvas: React Flow's own controls and keyboard help (given to it as its ariaLabelConfig),
 * the names of the lines, and the question before a deletion. Counts get a sentence per singular and plural,
 * since "statement(s)" reads as a form to fill in.
 */
export const canvasMessages = {
  en: {
    canvas_controls: "Zoom controls",
    canvas_zoomIn: "Zoom in",
    canvas_zoomOut: "Zoom out",
    canvas_fitView: "Fit the map in view",
    canvas_interactive: "Lock or unlock the map",
    canvas_minimap: "Overview map",
    canvas_handle: "Connection point",
    canvas_nodeHelp:
      "Press Enter to select a statement and edit its wording, Space to select it, the arrow keys to move it, Delete to remove it and Escape to deselect it.",
    canvas_edgeHelp: "Press Enter or Space to select the connection, Delete to remove it and Escape to deselect it.",
    canvas_moved: "Moved the selected box {direction}. New position: x {x}, y {y}.",
    canvas_direction_up: "up",
    canvas_direction_down: "down",
    canvas_direction_left: "left",
    canvas_direction_right: "right",
    canvas_lineSupports: "“{premise}” supports “{target}”",
    canvas_lineAttacks: "“{premise}” attacks “{target}”",
    canvas_lineSupportsReason: "“{premise}” supports the reason for “{target}”",
    canvas_lineUndercuts: "“{premise}” undercuts the reason for “{target}”",
    canvas_arrowSupport: "Support arrow to “{target}”",
    canvas_arrowAttack: "Attack arrow to “{target}”",
    canvas_arrowToReason: "Arrow to the reason for “{target}”",
    canvas_confirmDelete_statement_connection: "Delete this statement? This also removes 1 connection that depends on it.",
    canvas_confirmDelete_statement_connections: "Delete this statement? This also removes {inferences} connections that depend on it.",
    canvas_confirmDelete_statements_connection: "Delete {statements} statements? This also removes 1 connection that depends on them.",
    canvas_confirmDelete_statements_connections:
      "Delete {statements} statements? This also removes {inferences} connections that depend on them.",
  },
  nl: {
    canvas_controls: "Zoomknoppen",
    canvas_zoomIn: "Inzoomen",
    canvas_zoomOut: "Uitzoomen",
    canvas_fitView: "Kaart passend in beeld",
    canvas_interactive: "Kaart vergrendelen of ontgrendelen",
    canvas_minimap: "Overzichtskaart",
    canvas_handle: "Verbindingspunt",
    canvas_nodeHelp:
      "Druk op Enter om een bewering te selecteren en haar formulering te bewerken, op de spatiebalk om haar te selecteren, op de pijltjestoetsen om haar te verplaatsen, op Delete om haar te verwijderen en op Escape om de selectie op te heffen.",
    canvas_edgeHelp:
      "Druk op Enter of de spatiebalk om de verbinding te selecteren, op Delete om haar te verwijderen en op Escape om de selectie op te heffen.",
    canvas_moved: "Het geselecteerde vak is naar {direction} verplaatst. Nieuwe positie: x {x}, y {y}.",
    canvas_direction_up: "boven",
    canvas_direction_down: "beneden",
    canvas_direction_left: "links",
    canvas_direction_right: "rechts",
    canvas_lineSupports: "“{premise}” ondersteunt “{target}”",
    canvas_lineAttacks: "“{premise}” valt “{target}” aan",
    canvas_lineSupportsReason: "“{premise}” ondersteunt de reden voor “{target}”",
    canvas_lineUndercuts: "“{premise}” ondermijnt de reden voor “{target}”",
    canvas_arrowSupport: "Steunpijl naar “{target}”",
    canvas_arrowAttack: "Aanvalspijl naar “{target}”",
    canvas_arrowToReason: "Pijl naar de reden voor “{target}”",
    canvas_confirmDelete_statement_connection: "Deze bewering verwijderen? Dan verdwijnt ook 1 verbinding die ervan afhangt.",
    canvas_confirmDelete_statement_connections:
      "Deze bewering verwijderen? Dan verdwijnen ook {inferences} verbindingen die ervan afhangen.",
    canvas_confirmDelete_statements_connection: "{statements} beweringen verwijderen? Dan verdwijnt ook 1 verbinding die ervan afhangt.",
    canvas_confirmDelete_statements_connections:
      "{statements} beweringen verwijderen? Dan verdwijnen ook {inferences} verbindingen die ervan afhangen.",
  },
} satisfies { en: Record<string, string>; nl: Record<string, string> };
