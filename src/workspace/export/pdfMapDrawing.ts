/**
 * The map SVG (renderMapSvg, header and legend off) read back as shapes, so the PDF export can cut it into
 * pages: where each box, junction and line is, how large the boxes' text is, and the same SVG cropped to one
 * page's part. It reads the SVG rather than the map so that svgToPdf keeps its one input; the SVG is our own
 * (presentation attributes, a `data-layer="map"` group of layers of shapes), and anything this reader does not
 * know is kept on every page rather than lost.
 */

/** In the SVG's own units (px of its viewBox). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One shape of the map: a statement's box, a junction, a line or an arrowhead. */
export interface MapElement {
  /** Where its markup is in the SVG, to leave it out of a page it does not reach. */
  start: number;
  end: number;
  bounds: Rect;
  /** A line: it may be longer than a page, so it is shown in pieces rather than whole. */
  segment?: Segment;
  /** A statement's box, its wording and role label. */
  statement: boolean;
}

/** Font sizes of the text in the statements' boxes, in SVG px. */
export interface BoxText {
  /** The statement's wording (the map's one wording size). */
  wording: number;
  /** The smallest text of any box: the role label, or the quoted words under the wording. */
  smallest: number;
}

export interface MapDrawing {
  svg: string;
  width: number;
  height: number;
  elements: MapElement[];
  /** Undefined for a map without statements. */
  text?: BoxText;
  /** The root element's opening tag, replaced to crop. */
  rootTag: { start: number; end: number };
}

interface Node {
  name: string;
  attrs: Record<string, string>;
  start: number;
  /** End of the opening tag. */
  openEnd: number;
  end: number;
  children: Node[];
}

/** The drawing of a map SVG, or undefined for an SVG without the map layer (then it is printed whole). */
export function readMapDrawing(svg: string): MapDrawing | undefined {
  const root = parse(svg);
  const view = root?.attrs.viewBox
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (!root || !view || view.length !== 4 || !(Number(view[2]) > 0 && Number(view[3]) > 0)) return undefined;
  const map = find(root, (n) => n.name === "g" && n.attrs["data-layer"] === "map");
  if (!map) return undefined;
  const shift = /translate\(\s*([-\d.eE]+)[\s,]+([-\d.eE]+)\s*\)/.exec(map.attrs.transform ?? "");
  const dx = Number(shift?.[1] ?? 0);
  const dy = Number(shift?.[2] ?? 0);
  const elements: MapElement[] = [];
  const wording: number[] = [];
  const other: number[] = [];
  for (const layer of map.children) {
    for (const node of layer.children) {
      const statement = node.attrs["data-statement"] !== undefined;
      if (statement) collectText(node, wording, other);
      const shape = shapeOf(node);
      if (!shape) continue;
      const bounds = { ...shape.bounds, x: shape.bounds.x + dx, y: shape.bounds.y + dy };
      const segment = shape.segment && {
        x1: shape.segment.x1 + dx,
        y1: shape.segment.y1 + dy,
        x2: shape.segment.x2 + dx,
        y2: shape.segment.y2 + dy,
      };
      elements.push({ start: node.start, end: node.end, bounds, segment, statement });
    }
  }
  const text = wording.length > 0 ? { wording: Math.min(...wording), smallest: Math.min(...wording, ...other) } : undefined;
  return {
    svg,
    width: Number(view[2]),
    height: Number(view[3]),
    elements,
    text,
    rootTag: { start: root.start, end: root.openEnd },
  };
}

/**
 * The SVG showing only `region`: its viewBox is the region, and the shapes that do not reach it are left out,
 * so a page carries its own part and no hidden text of the others. A shape cut by the region's edge stays
 * (the viewport clips it): the overlap between pages shows it whole on a neighbour.
 */
export function cropDrawing(drawing: MapDrawing, region: Rect): string {
  const dropped = drawing.elements
    .filter((e) => !(e.segment ? segmentMeetsRect(e.segment, region) : overlaps(e.bounds, region)))
    .sort((a, b) => a.start - b.start);
  const { svg, rootTag } = drawing;
  const view = [region.x, region.y, region.width, region.height].map(round).join(" ");
  const tag = svg
    .slice(rootTag.start, rootTag.end)
    .replace(/\swidth="[^"]*"/, ` width="${round(region.width)}"`)
    .replace(/\sheight="[^"]*"/, ` height="${round(region.height)}"`)
    .replace(/\sviewBox="[^"]*"/, ` viewBox="${view}"`);
  const parts = [svg.slice(0, rootTag.start), tag];
  let at = rootTag.end;
  for (const e of dropped) {
    parts.push(svg.slice(at, e.start));
    at = e.end;
  }
  parts.push(svg.slice(at));
  return parts.join("");
}

/** Whether two rectangles share some area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a line segment passes through a rectangle (Liang–Barsky clipping). */
export function segmentMeetsRect(s: Segment, r: Rect): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let enter = 0;
  let leave = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - r.x],
    [dx, r.x + r.width - s.x1],
    [-dy, s.y1 - r.y],
    [dy, r.y + r.height - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return false;
  }
  return true;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function collectText(node: Node, wording: number[], other: number[]): void {
  for (const child of node.children) {
    if (child.name === "text") {
      const size = Number(child.attrs["font-size"]);
      if (!(size > 0)) continue;
      // The wording is plain text; the role label is bold, the quoted words lean by a transform.
      const plain = child.attrs["font-weight"] === undefined && child.attrs.transform === undefined;
      (plain ? wording : other).push(size);
    } else collectText(child, wording, other);
  }
}

/** The shape's extent from its own geometry and its children's (text lies inside its box's rect). */
function shapeOf(node: Node): { bounds: Rect; segment?: Segment } | undefined {
  if (node.name === "line") {
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = ["x1", "y1", "x2", "y2"].map((k) => num(node.attrs[k]));
    return { segment: { x1, y1, x2, y2 }, bounds: boundsOf([x1, x2], [y1, y2]) };
  }
  const xs: number[] = [];
  const ys: number[] = [];
  const visit = (n: Node) => {
    const a = n.attrs;
    if (n.name === "rect") {
      xs.push(num(a.x), num(a.x) + num(a.width));
      ys.push(num(a.y), num(a.y) + num(a.height));
    } else if (n.name === "circle") {
      xs.push(num(a.cx) - num(a.r), num(a.cx) + num(a.r));
      ys.push(num(a.cy) - num(a.r), num(a.cy) + num(a.r));
    } else if (n.name === "line") {
      xs.push(num(a.x1), num(a.x2));
      ys.push(num(a.y1), num(a.y2));
    } else if (n.name === "polygon" || n.name === "polyline" || n.name === "path") {
      const values = (a.points ?? a.d ?? "").match(/-?\d*\.?\d+(?:e-?\d+)?/gi)?.map(Number) ?? [];
      for (let k = 0; k + 1 < values.length; k += 2) {
        xs.push(values[k] as number);
        ys.push(values[k + 1] as number);
      }
    }
    for (const child of n.children) visit(child);
  };
  visit(node);
  return xs.length > 0 ? { bounds: boundsOf(xs, ys) } : undefined;
}

function boundsOf(xs: number[], ys: number[]): Rect {
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function num(value: string | undefined): number {
  const n = Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
}

/** A tree of the SVG's elements with where each starts and ends; text content is skipped. */
function parse(svg: string): Node | undefined {
  const tags = /<(\/)?([A-Za-z][\w:-]*)((?:[^>"]|"[^"]*")*?)(\/)?>/g;
  const stack: Node[] = [];
  let root: Node | undefined;
  for (let m = tags.exec(svg); m; m = tags.exec(svg)) {
    const [whole, closing, name = "", rest = "", selfClosing] = m;
    const end = m.index + whole.length;
    if (closing) {
      const node = stack.pop();
      if (node) node.end = end;
      continue;
    }
    const node: Node = { name, attrs: attributes(rest), start: m.index, openEnd: end, end, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root ??= node;
    if (!selfClosing) stack.push(node);
  }
  return root;
}

function attributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[m[1] as string] = m[2] as string;
  return attrs;
}

function find(node: Node, test: (n: Node) => boolean): Node | undefined {
  if (test(node)) return node;
  for (const child of node.children) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}
