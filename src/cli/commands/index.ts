/**
 * The commands of `argumap`, one line each: a new command is a file in this folder that exports `command`,
 * and one line here. Export nothing else from this file: every export is listed as a command.
 */
export { command as exportFile } from "./export";
export { command as importFile } from "./import";
export { command as serve } from "./serve";
export { command as stats } from "./stats";
export { command as validate } from "./validate";
