export { importMicrotext, OPPONENT_TAG } from "./importMicrotext";
