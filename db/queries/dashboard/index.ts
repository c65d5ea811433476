/**
 * The dashboard's query functions. Each takes (db, workspaceId, filter), reads only the stored
 * analysis, and removes the numbers of any figure below the workspace's k-threshold.
 */
export { getAtomizationTree, type AtomizationTree, type DepartmentNode, type RoleNode } from "./atomization-tree";
export { getOrganizationClassRanges, getRoleClassRanges, listGroupClassRanges, listRoleClassRanges } from "./class-ranges";
export { getOrganizationClassShares, listGroupClassShares, type GroupClassShares } from "./class-shares";
export { listFilterOptions, type DashboardFilter, type FilterOptions } from "./filter";
export { getRedesignScenario, type DepartmentOpportunity, type RedesignView, type RoleOpportunity } from "./redesign";
export { getRoleRedesign, getRoleTasks, type RoleRedesignView, type RoleTask, type RoleTasksView } from "./role-detail";
export { getRoleProfile, type AtomHours, type RoleProfile, type RoleTime } from "./role-profile";
export { listRoleSummaries, type RoleSummary } from "./roles-table";
export { getSeniorityCompression, OUTSIDE_KNOWLEDGE_WORK, type LevelRow, type SeniorityView } from "./seniority";
export { getWorkspaceSummary, type WorkspaceSummary } from "./summary";
