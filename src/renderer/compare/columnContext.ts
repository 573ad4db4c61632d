import { createContext } from "react";

/** The map a column shows, and the side of its boxes that faces the other columns (where the link dot sits). */
export const ColumnContext = createContext<{ map: string; side: "left" | "right" }>({ map: "", side: "right" });
