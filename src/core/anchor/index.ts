export { findQuote, type QuoteSearch } from "./quote";
export { type AnchorFate, type LostAnchor, type MapReanchored, reanchor, reanchorMap, staleAnchors } from "./reanchor";
export { anchorAt, anchorHolds, CONTEXT_LENGTH, trimSpan } from "./select";
export { paragraphsOf, segmentsOf, type Paragraph, type Segment } from "./paragraphs";
