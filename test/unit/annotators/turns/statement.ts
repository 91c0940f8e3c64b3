/** An invented first-person speech of four paragraphs, with no label and no name: the body of an unlabelled statement. */
export const SPEECH = [
  'Good morning. I am glad that we can open the new pier today.',
  '',
  'We have worked on it for three years, and I thank every builder who stood in the cold.',
  '',
  'Our town will now welcome the ferry from the islands every week of the year.',
  '',
  'I hope you will all come to see the first boat arrive in the spring.',
  '',
].join('\n');
