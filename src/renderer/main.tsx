import "@xyflow/react/dist/style.css";
import "./styles.css";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { connectBridge } from "./bridge";
import { startEditor } from "./editor/start";
import { useApp } from "./store/appStore";

const bridge = connectBridge();
const root = createRoot(document.getElementById("root") as HTMLElement);
if ("error" in bridge) {
  root.render(
    <p className="hint centered">
      Open Argumap with the address that <code>npm run web</code> printed (it carries the access token).
    </p>,
  );
} else {
  useApp.setState({ bridge });
  startEditor();
  root.render(<App />);
}
