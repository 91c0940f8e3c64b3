/**
 * The analysis core: pure (no I/O, no vscode, no DOM). Create the service once:
 *
 *     const service = createAnnotationService({ logger });
 *     const set = service.annotateAccounts([{ uri, text }, { uri, text }], token);
 */
export { createAnnotationService } from './service';
export type { AccountInput, AnnotationService, AnnotationServiceOptions, UnitReader } from './api';
export { createUnitBatchReader, attachFindings, type DetachedUnitFindings } from './pipeline/index';
export type { ParseUnit, PlannedUnit } from './text/paragraphs';
export * from './model/annotation';
