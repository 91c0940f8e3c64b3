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

// What the hosts (src/extension, src/cli) and the panel's types (src/shared) take from the
// core: they import from here (or `./api`), never from a module inside it (the purity
// check, scripts/corePurity.ts, fails on a deep import).

// The pairs file (.vscode/transcript-annotator.json): included, excluded and paired accounts.
export { EMPTY_PAIRS, PAIRS_FILE, PAIRS_VERSION, counterpartInPairs, eventName, eventOf, isRemovedFromEvent, orientEvents, parsePairsFile, serializePairsFile, withExcluded, withIncluded, withPair, withReportInEvent, withReportRemoved, type EventEntry, type PairsConfig, type PairsParseResult } from './pairs';
// Exports: formats, file names, combined sets.
export { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, exportAs, isExportFormat, wholeFileOutput, type ExportFormat, type ExportOutput } from './export/index';
export { combineSets, type SetWithTexts } from './export/combineSets';
export { documentBaseName, safeFileName, uniqueFileNames } from './export/documentName';
export { exportFileName, ownedFileReason } from './export/ownedFiles';
export { selectDocument } from './export/selectDocument';
// Coverage of one event (a transcript and its reports).
export { buildCoverage, findTranscript, summaryCsv, type Coverage, type CoverageLink, type CoverageSentence, type CoverageTurnCell, type OutletStats, type Rendering, type SpeakerCount, type SummaryEvent } from './coverage/index';
// Hand annotations: sidecars, imports, edits, review.
export { applyHandAnnotations, type OrphanedHandAnnotation } from './hand/apply';
export { applySidecars } from './hand/applySidecars';
export { handTargetFor } from './hand/create';
export { ImportError, describeHand, type ImportRead } from './hand/importTypes';
export { mergeImported } from './hand/mergeImported';
export type { HandAnnotation, HandReject, HandTag, HandTarget } from './hand/model';
export { readBratAnn, type BratSibling } from './hand/readBratAnn';
export { readWebAnnotations } from './hand/readWebAnnotations';
export { reviewEdit } from './hand/review';
export { SIDECAR_SUFFIX, createSidecarCodec, notUtf8Error, sidecarNameFor, type Sidecar } from './hand/sidecar';
export { SidecarError } from './hand/sidecarError';
export { SidecarRepository, type HandEdit, type HandEditOutcome, type SidecarFileSystem } from './hand/sidecarRepository';
// The gazetteer (country names, for the country picker of hand annotations).
export { COUNTRY_FORMS } from './data/gazetteer';
// Review: applying to identical mentions, comparing and merging two reviewers.
export { anchorSpan } from './align/anchor';
export { handTagOrRejectAt, identicalCopies } from './hand/applyToIdentical';
export { AGREEMENT_KINDS, type AgreementKind, type Disagreement, type KindAgreement, compareReviewers } from './review/agreement';
export { mergeReviewerChoices } from './review/mergeReviewers';
