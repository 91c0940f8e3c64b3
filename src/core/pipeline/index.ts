/** The analysis pipeline (see runner.ts). Re-exports only. */
export { createPipeline, type Pipeline } from './runner';
export { createUnitBatchReader, attachFindings, detachFindings, type DetachedUnitFindings, type UnitReader } from './unitReader';
