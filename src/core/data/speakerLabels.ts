/**
 * The vocabulary of speaker labels and stage directions in transcripts ("MODERATOR:",
 * "SENIOR ADMINISTRATION OFFICIAL:", "Note:", "(Laughter.)"), used by the speaker label
 * annotator (`../annotators/speakerLabels/find.ts`) and the turns' account pass
 * (`../annotators/turns/resolve.ts`). Lower case.
 */

/** Labels of speaker turns that name a role, not a person ("Question:", "MODERATOR:"). */
export const UNNAMED_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'question', 'questions', 'q', 'answer', 'a', 'journalist', 'reporter', 'correspondent',
  'audience', 'audience member', 'participant', 'moderator', 'host', 'interpreter',
  'the interpreter', 'translator', 'the moderator', 'operator', 'the operator', 'voice',
  'unidentified speaker', 'speaker', 'male speaker', 'female speaker', 'staff', 'announcer',
  'media', 'press', 'member of the audience', 'unknown', 'crowd', 'audience members',
]);

/**
 * Labels of those who put the questions ("JOURNALIST:", "Q:", read as "Question"): a turn
 * of theirs ends with its question when an answer with no label of its own follows.
 */
export const QUESTIONER_LABELS: ReadonlySet<string> = new Set([
  'question', 'questions', 'journalist', 'journalists', 'reporter', 'reporters', 'correspondent',
  'audience', 'audience member', 'member of the audience',
]);

/**
 * Last words of a label that describes a speaker kept anonymous ("SENIOR ADMINISTRATION
 * OFFICIAL:", "Foreign Ministry Spokesperson:", "WHITE HOUSE AIDE:"): with modifiers only
 * before it, such a label is a role, never a person's name.
 */
export const ANONYMOUS_ROLE_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman', 'aide', 'aides', 'adviser',
  'advisor', 'staffer', 'representative', 'participant', 'moderator', 'reporter', 'journalist',
  'correspondent', 'speaker', 'operator',
]);

/** Labels that are never speakers even though they look like one ("Note:", "Source:"). */
export const NON_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'note', 'notes', 'source', 'sources', 'update', 'updated', 'photo', 'photos', 'video',
  'watch', 'read more', 'related', 'see also', 'tags', 'tag', 'date', 'time', 'location',
  'subject', 'topic', 'topics', 'editor', "editor's note", 'editors note', 'caption', 'credit',
  'image', 'copyright', 'disclaimer', 'contact', 'email', 'phone', 'tel', 'fax', 'website',
  'address', 'posted', 'published', 'by', 'from', 'to', 'cc', 're', 'attachments', 'end',
  'warning', 'example', 'for example', 'background', 'summary', 'conclusion', 'agenda', 'venue',
  'place', 'mode', 'format', 'url', 'link', 'links', 'category', 'categories', 'keywords',
]);

/**
 * Stage directions of transcripts, as their parenthesis or bracket opens ("(Laughter.)",
 * "[inaudible]", "(No translation provided.)"): notes of the transcriber, not words spoken.
 */
export const STAGE_DIRECTIONS: readonly string[] = [
  'laughter', 'laughs', 'laughing', 'applause', 'crosstalk', 'cross talk', 'inaudible', 'unintelligible',
  'no translation provided', 'no interpretation', 'off mic', 'off-mic', 'off microphone', 'audio cuts out',
  'audio drops', 'technical difficulties', 'pause', 'sighs', 'chuckles', 'coughs', 'silence',
  'as interpreted', 'retranslated', 'interpretation', 'speaking in', 'speaks in', 'recording', 'video plays',
];

/**
 * Labels of the answers in an interview ("A:", "ANSWER:", "ANSWERS:"): account resolution
 * gives them to the person the interview's title names.
 */
export const ANSWER_LABELS: ReadonlySet<string> = new Set(['a', 'answer', 'answers']);
