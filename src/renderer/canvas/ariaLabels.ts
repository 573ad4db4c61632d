import type { AriaLabelConfig } from "@xyflow/react";
import type { MessageKey } from "../i18n";

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const DIRECTIONS: Record<string, MessageKey> = {
  up: "canvas_direction_up",
  down: "canvas_direction_down",
  left: "canvas_direction_left",
  right: "canvas_direction_right",
};

/** React Flow's own words (its zoom buttons, overview, keyboard help) in the user's language. */
export function ariaLabelsIn(t: Translate): Partial<AriaLabelConfig> {
  return {
    "node.a11yDescription.default": t("canvas_nodeHelp"),
    "node.a11yDescription.keyboardDisabled": t("canvas_nodeHelp"),
    "node.a11yDescription.ariaLiveMessage": ({ direction, x, y }) => {
      const key = DIRECTIONS[direction];
      return t("canvas_moved", { direction: key ? t(key) : direction, x, y });
    },
    "edge.a11yDescription.default": t("canvas_edgeHelp"),
    "controls.ariaLabel": t("canvas_controls"),
    "controls.zoomIn.ariaLabel": t("canvas_zoomIn"),
    "controls.zoomOut.ariaLabel": t("canvas_zoomOut"),
    "controls.fitView.ariaLabel": t("canvas_fitView"),
    "controls.interactive.ariaLabel": t("canvas_interactive"),
    "minimap.ariaLabel": t("canvas_minimap"),
    "handle.ariaLabel": t("canvas_handle"),
  };
}
