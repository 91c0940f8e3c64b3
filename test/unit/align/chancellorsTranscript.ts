/**
 * An invented transcript under a heading that names its event (a joint press conference of
 * two chancellors), dated and labelled: the shared text of the tests of the event-heading
 * rules (`eventHeading.test.ts`, `eventHeadingPart.test.ts`).
 */

/** The transcript's heading line. */
export const HEADING = 'Joint press conference of Chancellor Ilse Varga and Chancellor Tomas Brel';

/** The transcript: the heading, a date, and two chancellors' turns. */
export const TRANSCRIPT = [
  HEADING,
  '',
  '4 May 2019',
  '',
  'CHANCELLOR VARGA: Good evening. Chancellor Brel, thank you for coming to Lenz.',
  '',
  'The ferry tariffs will fall in March, and the customs post at Dornau will open next spring.',
  '',
  'CHANCELLOR BREL: Thank you, Chancellor. The river cascade will be finished by the autumn.',
  '',
].join('\n');
