/**
 * The layout no longer uses ELK (see layoutMap.ts for why). This name stays only for io/export/exportLayout.ts,
 * which imports it by path; once that imports from "../../layout", this file can go.
 */
export { layoutMap, type Positions } from "./layoutMap";
