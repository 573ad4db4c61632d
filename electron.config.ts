import type { Configuration } from "electron-builder";

/**
 * Packaging with electron-builder (`npm run dist`, which reads this file: electron-builder 26 loads a .ts
 * config through jiti). The installers carry the built app, the icon and the bundled op-eds.
 */
const config: Configuration = {
  appId: "org.argumap.app",
  productName: "Argumap",
  // electron is an optional dependency (its binary cannot be downloaded everywhere), so the builder cannot
  // read the version from node_modules: keep this equal to optionalDependencies.electron in package.json.
  electronVersion: "40.10.2",
  directories: { output: "release", buildResources: "assets" },
  files: ["dist/**", "assets/**", "package.json"],
  // The bundled workspace sits beside the archive; the app copies it to userData before the user edits it.
  extraResources: [{ from: "maps", to: "maps" }],
  asar: true,
  icon: "assets/icon.png",
  linux: {
    target: ["AppImage", "deb"],
    category: "Education",
    synopsis: "Map the arguments of opinion pieces",
    maintainer: "The Argumap authors",
  },
  mac: { target: "dmg", category: "public.app-category.education" },
  win: { target: "nsis" },
  // Electron's fuses, flipped in the binary itself (Electron security checklist, item 20).
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
};

export default config;
