import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The renderer: one page, built into dist/renderer, loaded by Electron from packaged files and by web mode over HTTP. */
export default defineConfig({
  root: "src/renderer",
  base: "./",
  plugins: [react()],
  build: { outDir: "../../dist/renderer", emptyOutDir: true, chunkSizeWarningLimit: 3000, sourcemap: true },
  worker: { format: "es" },
});
