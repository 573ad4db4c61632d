export { type CheckKind, checkMap, type Finding } from "./checks";
export { analyseRoles, ROLES, type Role, type RoleAnalysis, type Side } from "./roles";
