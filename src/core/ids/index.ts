export { idsOf, nextId, nextIds } from "./ids";
