/**
 * How the participants judged their meeting, as a report tells it ("both leaders said the
 * meeting was positive", "he described the talks as very productive") and as they say it
 * ("the talks were held in a frank and constructive spirit", "we did some very
 * useful work together"). The comparison (`../align/meetingAssessment.ts`)
 * links such a report passage to what the credited speakers say of it. Lower case, folded
 * word forms (`WordKeys.norm`).
 */

/** Nouns for the meeting and what was done at it. */
export const MEETING_NOUNS: ReadonlySet<string> = new Set([
  'talks', 'meeting', 'meetings', 'summit', 'negotiations', 'discussion', 'discussions', 'conversation', 'conversations',
  'consultations', 'visit', 'work', 'dialogue', 'session',
]);

/**
 * Words that judge a meeting well. Not "good" or "great": transcripts greet with them
 * ("good afternoon", "a great honour") beside "visit" and "meeting".
 */
export const ASSESSMENT_WORDS: ReadonlySet<string> = new Set([
  'positive', 'constructive', 'productive', 'fruitful', 'useful', 'successful', 'substantive', 'substantial',
  'businesslike', 'intensive', 'frank', 'candid', 'honest', 'cordial', 'friendly', 'warm', 'excellent',
  'meaningful', 'pragmatic', 'thorough', 'encouraging', 'rewarding', 'valuable',
]);

/**
 * Nouns of a host's courtesy: a judgement word before one of them thanks or greets rather
 * than judges ("thank you for the warm welcome", "a cordial reception").
 */
export const COURTESY_NOUNS: ReadonlySet<string> = new Set([
  'welcome', 'reception', 'hospitality', 'greeting', 'greetings', 'wishes', 'invitation', 'words',
]);

/** Words that only grade or frame a judgement in a report ("very positive", "described it as"). */
export const ASSESSMENT_FRAME_WORDS: ReadonlySet<string> = new Set([
  'very', 'highly', 'extremely', 'most', 'quite', 'really', 'truly', 'particularly', 'especially', 'also',
  'described', 'describing', 'called', 'calling', 'termed', 'characterised', 'characterized', 'pointed', 'out',
]);

/** Terms apart within which a meeting noun and a judgement of it stand in a transcript passage ("the talks … were marked by a … constructive atmosphere"). */
export const ASSESSMENT_REACH = 14;
