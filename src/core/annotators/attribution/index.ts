/**
 * Attribution: who says what; the speakers of claims. No annotation of its own (claims carry
 * their speaker). Unit pass (find.ts): the subjects of the verbs of saying in a unit
 * (`UnitSubjects`, used by the claims annotator). Account pass (resolve.ts): a subject
 * resolved to a person once names are clustered, through the running speaker for pronouns.
 * Re-exports only.
 */
export { isSaying, UnitSubjects, type MentionSpan, type Subject } from './find';
export { mentionOfSubject, resolveSubject, type SpeakerState, type SubjectLookup } from './resolve';
