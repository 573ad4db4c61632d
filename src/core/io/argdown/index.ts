export { exportArgdown } from "./exportArgdown";
export { importArgdown } from "./importArgdown";
export { type ArgdownModel, type ArgdownRead, parseArgdown } from "./parseArgdown";
