import type { Role } from "../../analysis/roles";

/**
 * The role colours of every export, after Rationale's convention that teachers know: green reasons, red
 * objections, orange rebuttals; the central claim dark slate blue, other claims steel blue, undercutters purple,
 * loose statements grey.
 * The greyscale variant is for photocopies: it tells roles apart by border width and dash pattern (and the
 * label in each box), so no information is carried by hue alone.
 */
export interface RoleStyle {
  /** Border of the box and the label text. */
  stroke: string;
  fill: string;
  strokeWidth: number;
  /** SVG stroke-dasharray; absent = solid. */
  dash?: string;
}

export interface Palette {
  roles: Record<Role, RoleStyle>;
  text: string;
  muted: string;
  background: string;
  support: string;
  attack: string;
  /** Dash pattern of attack edges; absent = solid (colour tells them apart). */
  attackDash?: string;
  /** Dash of an implicit premise's border (the analyst added it, the text leaves it unsaid); absent = the role's. */
  implicitDash?: string;
  /** Fill of an implicit premise in greyscale, where the dash is taken by the role. */
  implicitFill?: string;
}

export const COLOUR_PALETTE: Palette = {
  roles: {
    thesis: { stroke: "#1f3a5f", fill: "#e3eaf3", strokeWidth: 2.5 },
    claim: { stroke: "#2b6c8f", fill: "#e4f0f6", strokeWidth: 2 },
    premise: { stroke: "#2e7d32", fill: "#e8f5e9", strokeWidth: 1.5 },
    counterclaim: { stroke: "#c62828", fill: "#fdecea", strokeWidth: 1.5 },
    rebuttal: { stroke: "#c25e00", fill: "#fff1de", strokeWidth: 1.5 },
    undercutter: { stroke: "#6a1b9a", fill: "#f3e5f5", strokeWidth: 1.5 },
    unconnected: { stroke: "#6b6b6b", fill: "#f4f4f4", strokeWidth: 1.25 },
  },
  text: "#1a1a1a",
  muted: "#555555",
  background: "#ffffff",
  support: "#4d4d4d",
  attack: "#c62828",
  implicitDash: "6 4",
};

export const GREYSCALE_PALETTE: Palette = {
  roles: {
    thesis: { stroke: "#000000", fill: "#e6e6e6", strokeWidth: 3 },
    claim: { stroke: "#000000", fill: "#f5f5f5", strokeWidth: 2.25 },
    premise: { stroke: "#000000", fill: "#ffffff", strokeWidth: 1.5 },
    counterclaim: { stroke: "#000000", fill: "#ffffff", strokeWidth: 1.75, dash: "9 4" },
    rebuttal: { stroke: "#000000", fill: "#ffffff", strokeWidth: 1.75, dash: "9 3 2 3" },
    undercutter: { stroke: "#000000", fill: "#ffffff", strokeWidth: 1.75, dash: "2 3" },
    unconnected: { stroke: "#666666", fill: "#ffffff", strokeWidth: 1, dash: "1 3" },
  },
  text: "#000000",
  muted: "#444444",
  background: "#ffffff",
  support: "#000000",
  attack: "#000000",
  attackDash: "6 4",
  implicitFill: "#f0f0f0",
};

export function paletteFor(greyscale: boolean): Palette {
  return greyscale ? GREYSCALE_PALETTE : COLOUR_PALETTE;
}

/** The role colours as CSS custom properties, so the HTML viewer and the worksheet use the same values. */
export function roleCssVariables(palette: Palette): string {
  return Object.entries(palette.roles)
    .map(([role, style]) => `--role-${role}: ${style.stroke}; --role-${role}-fill: ${style.fill};`)
    .join(" ");
}
