export { layoutMap, type Positions } from "./elkLayout";
export {
  FONT_SIZE,
  HEADER_HEIGHT,
  JUNCTION_SIZE,
  LINE_HEIGHT,
  NODE_PADDING,
  NODE_WIDTH,
  statementSize,
  textWidth,
  wrapText,
} from "./measure";
export { placeNear } from "./placeNear";
