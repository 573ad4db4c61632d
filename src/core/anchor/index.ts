export { type Paragraph, paragraphsOf, type Segment, segmentsOf } from "./paragraphs";
export { findQuote, type QuoteSearch } from "./quote";
export {
  type AnchorFate,
  type ApproximateAnchor,
  type LostAnchor,
  type MapReanchored,
  reanchor,
  reanchorMap,
  staleAnchors,
} from "./reanchor";
export { type HistoryReanchored, reanchorHistory } from "./reanchorHistory";
export { anchorAt, anchorHolds, CONTEXT_LENGTH, trimSpan } from "./select";
