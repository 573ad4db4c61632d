export { type Box, boxesOf, boxesUnderLine, crowdedPairs, linesOf, treeLinesOf } from "./layoutChecks";
export { layoutMap, layoutMapNow, type Positions } from "./layoutMap";
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
export { placeNear, shiftClear } from "./placeNear";
export { syntheticMap } from "./syntheticMap";
