/**
 * The layering of DESIGN.md, checked in `npm test`. Folders are layers; an import that crosses one the wrong
 * way fails the build.
 */
module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment: "core imports nothing from other layers, and no Node, DOM framework or Electron code",
      severity: "error",
      from: { path: "^src/core", pathNot: "\\.test\\.ts$" },
      to: {
        path: [
          "^src/(contract|workspace|main|preload|server|renderer|cli)",
          "^node:",
          "^(fs|path|os|child_process|electron|react|react-dom|@xyflow)",
        ],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "core-no-node-builtins",
      severity: "error",
      from: { path: "^src/core", pathNot: "\\.test\\.ts$" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "contract-sees-only-core",
      severity: "error",
      from: { path: "^src/contract" },
      to: { path: "^src/(workspace|main|preload|server|renderer|cli)" },
    },
    {
      name: "workspace-sees-core-and-contract",
      severity: "error",
      from: { path: "^src/workspace" },
      to: { path: ["^src/(main|preload|server|renderer|cli)", "electron"] },
    },
    {
      name: "only-main-imports-electron",
      severity: "error",
      from: { pathNot: "^src/(main|preload)" },
      to: { path: "^electron$|node_modules/electron/" },
    },
    {
      name: "renderer-sees-core-and-contract",
      comment: "the renderer runs in a sandboxed page: no workspace, no Node built-ins, no Electron",
      severity: "error",
      from: { path: "^src/renderer" },
      to: { path: ["^src/(workspace|main|preload|server|cli)", "electron"] },
    },
    {
      name: "renderer-no-node-builtins",
      severity: "error",
      from: { path: "^src/renderer" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "preload-sees-only-contract",
      severity: "error",
      from: { path: "^src/preload" },
      to: { path: "^src/(workspace|main|server|renderer|cli)" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
    exclude: { path: "node_modules" },
  },
};
