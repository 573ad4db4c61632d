/**
 * The viewer's script: vanilla JavaScript, no framework, nothing fetched. Pan by dragging, zoom with the wheel or
 * the buttons, click a statement to see its quotes in the text, click a quote to find its statement in the map.
 * It reads the map's data from a JSON script element and writes to the page with textContent only, so no text
 * from a map can become markup.
 */
export const VIEWER_SCRIPT = `(() => {
  "use strict";
  const data = JSON.parse(document.getElementById("argumap-data").textContent);
  const statements = new Map(data.statements.map((s) => [s.id, s]));
  const stage = document.querySelector(".stage");
  const svg = stage.querySelector("svg");
  const full = { w: Number(svg.dataset.width), h: Number(svg.dataset.height) };
  let view = { x: 0, y: 0, w: full.w, h: full.h };

  // The view box always has the stage's proportions, so one screen pixel is view.w / clientWidth units.
  const aspect = () => Math.max(stage.clientWidth, 1) / Math.max(stage.clientHeight, 1);
  const unitsPerPixel = () => view.w / Math.max(stage.clientWidth, 1);
  const show = () => svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map((n) => n.toFixed(2)).join(" "));

  function fit() {
    const a = aspect();
    if (full.w / full.h > a) view = { x: 0, y: -(full.w / a - full.h) / 2, w: full.w, h: full.w / a };
    else view = { x: -(full.h * a - full.w) / 2, y: 0, w: full.h * a, h: full.h };
    show();
  }

  function zoom(factor, px = stage.clientWidth / 2, py = stage.clientHeight / 2) {
    const w = Math.min(Math.max(view.w * factor, 120), 4 * Math.max(full.w, full.h * aspect()));
    const f = w / view.w;
    const cx = view.x + px * unitsPerPixel();
    const cy = view.y + py * unitsPerPixel();
    view = { x: cx - (cx - view.x) * f, y: cy - (cy - view.y) * f, w, h: w / aspect() };
    show();
  }

  function reveal(group) {
    const [x, y, w, h] = group.dataset.box.split(" ").map(Number);
    const inside = x >= view.x && y >= view.y && x + w <= view.x + view.w && y + h <= view.y + view.h;
    if (inside) return;
    view = { ...view, x: x + w / 2 - view.w / 2, y: y + h / 2 - view.h / 2 };
    show();
  }

  function select(id, from) {
    for (const el of document.querySelectorAll(".is-selected, .is-active")) el.classList.remove("is-selected", "is-active");
    const group = [...svg.querySelectorAll("g.statement")].find((g) => g.dataset.statement === id);
    const marks = [...document.querySelectorAll("mark.span")].filter((m) => m.dataset.statements.split(" ").includes(id));
    if (group) group.classList.add("is-selected");
    for (const m of marks) m.classList.add("is-active");
    // The details first: they change the text pane's height, and the quote is centred in the height that results.
    describe(statements.get(id));
    if (from === "map" && marks[0]) showInText(marks[0]);
    if (from === "text" && group) reveal(group);
  }

  // Scroll the text pane only, never the page (scrollIntoView would move every scrolling ancestor, the header too).
  function showInText(mark) {
    const pane = document.querySelector(".text-pane");
    if (pane.scrollHeight <= pane.clientHeight) {
      mark.scrollIntoView({ block: "center", behavior: "smooth" });
      return;
    }
    const heading = pane.querySelector("h2").offsetHeight;
    const paneBox = pane.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const visible = pane.clientHeight - heading;
    const top = pane.scrollTop + box.top - paneBox.top - heading - Math.max(0, (visible - box.height) / 2);
    pane.scrollTo({ top: Math.max(0, top), behavior: "smooth" });
  }

  function describe(statement) {
    const body = document.getElementById("detail-body");
    document.getElementById("detail-hint").hidden = Boolean(statement);
    body.hidden = !statement;
    if (!statement) return;
    const badge = document.getElementById("detail-role");
    badge.textContent = statement.label;
    badge.className = "badge role-" + statement.role;
    document.getElementById("detail-wording").textContent = statement.text;
    for (const field of ["speaker", "note"]) {
      const value = statement[field] || "";
      document.getElementById("detail-" + field).textContent = value;
      for (const el of document.querySelectorAll("[data-field='" + field + "']")) el.hidden = !value;
    }
    const quotes = document.getElementById("detail-quotes");
    quotes.replaceChildren(...statement.quotes.map((q) => Object.assign(document.createElement("blockquote"), { textContent: q })));
    for (const el of document.querySelectorAll("[data-field='quotes']")) el.hidden = statement.quotes.length === 0;
  }

  let drag = null;
  let dragged = false;
  stage.addEventListener("pointerdown", (e) => {
    if (e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, view: { ...view } };
    dragged = false;
  });
  window.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (!dragged && Math.hypot(dx, dy) < 4) return;
    dragged = true;
    stage.classList.add("dragging");
    view = { ...drag.view, x: drag.view.x - dx * unitsPerPixel(), y: drag.view.y - dy * unitsPerPixel() };
    show();
  });
  window.addEventListener("pointerup", () => {
    drag = null;
    stage.classList.remove("dragging");
  });
  stage.addEventListener("click", (e) => {
    if (dragged) return;
    const group = e.target.closest("g.statement");
    if (group) select(group.dataset.statement, "map");
  });
  stage.addEventListener("wheel", (e) => {
    e.preventDefault();
    const box = stage.getBoundingClientRect();
    zoom(Math.exp(e.deltaY * 0.0015), e.clientX - box.left, e.clientY - box.top);
  }, { passive: false });
  for (const button of document.querySelectorAll("[data-zoom]")) {
    button.addEventListener("click", () => {
      const how = button.dataset.zoom;
      if (how === "fit") fit();
      else zoom(how === "in" ? 1 / 1.25 : 1.25);
    });
  }
  document.addEventListener("click", (e) => {
    const mark = e.target.closest("mark.span");
    if (mark) select(mark.dataset.statement, "text");
  });
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const target = e.target.closest("g.statement, mark.span");
    if (!target) return;
    e.preventDefault();
    select(target.dataset.statement, target.matches("mark") ? "text" : "map");
  });
  window.addEventListener("resize", fit);
  window.addEventListener("beforeprint", fit);
  window.argumapViewer = { select, fit, zoom, view: () => ({ ...view }) };
  fit();
})();
`;
