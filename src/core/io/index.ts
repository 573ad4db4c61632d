/** Import and export formats: pure functions over the map, shared by the app, the command line and the tests. */
export * from "./export";
