import { useT } from "../i18n";
import type { OpenDocument } from "../store/appStore";
import { useApp } from "../store/appStore";
import { updateDoc } from "../store/documentActions";

/**
 * Spans re-found in a changed text with other words than were marked: a few edited words can turn what a span
 * says, so each is shown as it was and as it is now until the user has looked at it. "Show" selects its statement,
 * which brings the span into view in the text.
 */
export function ApproximateBanner({ doc }: { doc: OpenDocument }) {
  const t = useT();
  if (doc.approximate.length === 0) return null;
  const count = doc.approximate.length;
  return (
    <div className="banner warning" role="status" aria-label={t(count === 1 ? "approximateAnchorsOne" : "approximateAnchors", { count })}>
      <p>{t(count === 1 ? "approximateAnchorsOne" : "approximateAnchors", { count })}</p>
      <ul>
        {doc.approximate.map((found) => (
          <li key={`${found.statement}-${found.anchor.start}`}>
            <del>“{found.before.exact}”</del> → <ins>“{found.anchor.exact}”</ins>{" "}
            <button type="button" className="banner-action" onClick={() => useApp.setState({ selection: [found.statement] })}>
              {t("approximateShow")}
            </button>
            <button
              type="button"
              className="banner-action"
              onClick={() => updateDoc(doc.path, (d) => ({ ...d, approximate: d.approximate.filter((a) => a !== found) }))}
            >
              {t("approximateChecked")}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
