import { useMemo } from "react";
import type { ExportRequest } from "../../contract";
import { type ArgumentMap, renderMapSvg } from "../../core";
import { useT } from "../i18n";

/** Above this many statements the preview would cost more than it shows; the export itself has no limit. */
const MAX_PREVIEW_STATEMENTS = 400;
const DRAWINGS = new Set(["svg", "png", "pdf"]);

/**
 * What a drawing export will look like, made by the same core renderer as the file (without the embedded font,
 * which only the file needs). Shown as an image, so the page's style cannot change how it looks.
 */
export function ExportPreview({ map, request }: { map: ArgumentMap; request: ExportRequest }) {
  const t = useT();
  const drawing = DRAWINGS.has(request.format) && map.statements.length <= MAX_PREVIEW_STATEMENTS;
  const { selection, quotes, greyscale } = request;
  const source = useMemo(() => {
    if (!drawing) return undefined;
    const svg = renderMapSvg(map, { selection, quotes, greyscale });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }, [drawing, map, selection?.join(" "), quotes, greyscale]);
  if (!source) return null;
  return (
    <figure className="export-preview">
      <figcaption>{t("export_preview")}</figcaption>
      <img src={source} alt={t("export_preview")} />
    </figure>
  );
}
