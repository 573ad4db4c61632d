/** The model of Argumap: pure TypeScript, no DOM, no Node, no Electron. Other layers import only from here. */

export * from "./analysis";
export * from "./anchor";
export * from "./commands";
export * from "./crossAuthor";
export * from "./history";
export * from "./ids";
export * from "./io";
export * from "./layout";
export * from "./model";
export * from "./schema";
