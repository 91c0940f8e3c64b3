/**
 * Role nominals ("the Russian top diplomat", "his counterpart"). Unit pass (find.ts): the
 * nominals of a unit, with their role family and country. Account pass (resolve.ts): each
 * resolved to a person; a resolved nominal is a person annotation (rules
 * `person/role-nominal-…`). Re-exports only.
 */
export { findNominals, type NominalFinding } from './find';
export { resolveNominals } from './resolve';
