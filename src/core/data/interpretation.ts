/**
 * How transcripts say that a speaker's words reach them through an interpreter or a
 * translation, read by `../text/interpretation.ts`. Lower case. Collected from the
 * public transcript styles that print such notes:
 *
 * - White House: `PRESIDENT X:  (As interpreted.)`, `(Speaks Spanish.)`, `THE INTERPRETER:`;
 * - US State Department: `FOREIGN MINISTER X:  (Via interpreter)`, `(Through interpreter)`;
 * - Kremlin: `<Name> (retranslated):` (the guest's words put back into English from the
 *   Russian interpretation: the English text is a translation of the record throughout);
 * - UN verbatim records: `Mr. X (France) (spoke in French):`, `(interpretation from Arabic)`;
 * - Japan (Kantei, MOFA): `[Provisional Translation]`, "This is a provisional translation
 *   by an external company for reference purpose only.";
 * - India (MEA): `(Questioned in Hindi; Approximate Translation: …)`, "Original remarks
 *   were delivered in Hindi", "(Translated from Hindi)".
 *
 * A note is read at the turn (in the label's parenthesis, or among the stage directions
 * that open the turn's words) or for the whole document (a line of its own that says the
 * text is a translation).
 */

/**
 * Notes that say the turn's words are an interpreter's or a translator's rendering, as
 * the note begins ("as interpreted", "via interpreter", "retranslated from Russian").
 */
export const INTERPRETATION_NOTES: readonly string[] = [
  'as interpreted', 'as translated', 'interpreted', 'interpretation', 'interpreter', 'interpreting',
  'simultaneous interpretation', 'consecutive interpretation', 'simultaneous translation',
  'through interpreter', 'through an interpreter', 'through the interpreter', 'through interpretation',
  'through translator', 'through a translator', 'through the translator', 'through translation',
  'via interpreter', 'via an interpreter', 'via the interpreter', 'via interpretation',
  'via translator', 'via a translator', 'via the translator', 'via translation',
  'with interpreter', 'with an interpreter', 'with interpretation',
  'translated', 'translation', 'retranslated', 'translated by', 'english translation',
  'unofficial translation', 'provisional translation', 'approximate translation',
  'informal translation', 'working translation', 'courtesy translation',
];

/**
 * Notes that say no rendering is given ("(Speaks Portuguese.) (No translation
 * provided.)"): the words are not in the transcript at all, so nothing is rendered.
 */
export const NO_RENDERING_NOTES: readonly string[] = [
  'no translation', 'no translation provided', 'no interpretation', 'no interpretation provided',
  'not translated', 'untranslated', 'not interpreted', 'translation not available',
  'interpretation not available',
];

/**
 * Words that tell, before "in <language>", that a turn was spoken in that language
 * ("spoke in French", "Questioned in Hindi", "Original in Spanish", or a bare "in
 * Spanish"); `speaks <language>` reads the same. Spoken in the transcript's own language
 * (`TRANSCRIPT_LANGUAGE`), the words are the speaker's own.
 */
export const LANGUAGE_NOTE_VERBS: ReadonlySet<string> = new Set([
  'spoke', 'speaks', 'speaking', 'spoken', 'answered', 'answers', 'answering', 'questioned',
  'asked', 'asks', 'replied', 'replies', 'responded', 'responds', 'original', 'originally',
  'delivered', 'remarks', 'statement',
]);

/** The language the transcripts this tool reads are written in. */
export const TRANSCRIPT_LANGUAGE = 'english';

/**
 * Names of languages (English names, lower case) spoken at official events: the six UN
 * languages, the EU's, and the most widely spoken others. A language note names one.
 */
export const LANGUAGES: ReadonlySet<string> = new Set([
  'arabic', 'chinese', 'mandarin', 'cantonese', 'english', 'french', 'russian', 'spanish',
  'bulgarian', 'croatian', 'czech', 'danish', 'dutch', 'estonian', 'finnish', 'german', 'greek',
  'hungarian', 'irish', 'italian', 'latvian', 'lithuanian', 'maltese', 'polish', 'portuguese',
  'romanian', 'slovak', 'slovenian', 'slovene', 'swedish',
  'albanian', 'amharic', 'armenian', 'azerbaijani', 'azeri', 'bengali', 'bangla', 'belarusian',
  'bosnian', 'burmese', 'catalan', 'dari', 'farsi', 'persian', 'filipino', 'tagalog', 'georgian',
  'gujarati', 'hausa', 'hebrew', 'hindi', 'icelandic', 'indonesian', 'japanese', 'kazakh',
  'khmer', 'korean', 'kurdish', 'kyrgyz', 'lao', 'macedonian', 'malay', 'malayalam', 'marathi',
  'mongolian', 'nepali', 'norwegian', 'pashto', 'punjabi', 'serbian', 'sinhala', 'somali',
  'swahili', 'tajik', 'tamil', 'telugu', 'thai', 'tigrinya', 'turkish', 'turkmen', 'ukrainian',
  'urdu', 'uzbek', 'vietnamese', 'yoruba', 'zulu', 'afrikaans', 'luxembourgish', 'basque',
  'welsh', 'sign language',
]);

/**
 * Notes of a line of its own (outside the turns, or wholly in brackets) that say the
 * document is a translation ("[Provisional Translation]", "Unofficial translation", "This
 * is a provisional translation by an external company for reference purpose only."): every
 * turn of it is then a rendering. The line begins with one, after its brackets, a "Note:"
 * and a "This is a/an"; a bare "Translation" must be the whole line ("[Translation]", not
 * "Translation services for the courts").
 */
export const DOCUMENT_TRANSLATION_NOTES: readonly string[] = [
  'provisional translation', 'unofficial translation', 'approximate translation',
  'informal translation', 'working translation', 'courtesy translation', 'english translation',
  'translated from',
];

/** A document note that is a whole line by itself ("[Translation]"). */
export const DOCUMENT_TRANSLATION_LINE = 'translation';

/**
 * Turn notes that also say the whole document is a translation: "retranslated" (Kremlin)
 * marks a guest's words put back into English from the interpretation into the record's
 * language, which is done only where the English text is itself a translation of that
 * record, the host's words included.
 */
export const TRANSLATED_RECORD_NOTES: readonly string[] = ['retranslated'];

/** Lines of a document note hold at most this many words ("This is a provisional translation by …"). */
export const DOCUMENT_NOTE_MAX_WORDS = 25;

/** Labels of an interpreter's own turn ("THE INTERPRETER:"): its words render another speaker's. */
export const INTERPRETER_LABELS: ReadonlySet<string> = new Set([
  'interpreter', 'the interpreter', 'translator', 'the translator', 'interpretation', 'translation',
]);
