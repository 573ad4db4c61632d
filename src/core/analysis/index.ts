export { type CheckKind, checkMap, type Finding } from "./checks";
export { type RevealStep, revealOrder } from "./revealOrder";
export { analyseRoles, ROLES, type Role, type RoleAnalysis, type Side } from "./roles";
