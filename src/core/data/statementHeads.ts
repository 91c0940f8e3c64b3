/**
 * Words that name an event of one speaker's words in a transcript's head ("Remarks by …",
 * "Statement of …"), read by the turns' plan (`../annotators/turns/find.ts`,
 * `buildUnlabelledTurns`) to tell an unlabelled statement under its title from a page of
 * prose. An official page may head an English text with its title in the institution's
 * other languages ("Déclaration du Secrétaire général …"), so the common words of French,
 * Spanish, Portuguese, Italian and German stand beside the English ones. Lower case; a
 * phrase matches with any run of spaces between its words.
 */
export const STATEMENT_HEAD_WORDS: readonly string[] = [
  // English
  'statement', 'remarks', 'speech', 'address', 'press conference', 'news conference', 'press briefing', 'briefing',
  // French
  'déclaration', 'allocution', 'discours', 'conférence de presse', 'point de presse',
  // Spanish
  'declaración', 'declaraciones', 'discurso', 'observaciones', 'conferencia de prensa',
  // Portuguese
  'declaração', 'observações', 'conferência de imprensa',
  // Italian
  'dichiarazione', 'osservazioni', 'conferenza stampa',
  // German
  'erklärung', 'ansprache', 'pressekonferenz',
];
