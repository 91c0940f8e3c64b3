/**
 * Speaker labels ("MR. SMITH:", "Q:"). Found by the plan over the whole text (find.ts), before
 * any unit is read: they decide the role and the turns. Their names become person mentions
 * and their titles name turn speakers in the account pass of persons and turns. Re-exports
 * only.
 */
export { findSpeakerLabels, titleTextOf, type SpeakerLabel } from './find';
