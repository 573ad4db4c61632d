/**
 * Electron's own declarations (40.10.2, MIT), kept in the repository because the optional `electron` package
 * and its types are removed wherever its binary cannot be downloaded. See types/electron/README.md.
 */
/// <reference path="../../types/electron/electron.d.ts" />
