/**
 * An invented event for coverage tests: one transcript (two speakers, a question from the
 * floor) and reports that render it differently — faithful quotes, an altered quote and a
 * changed figure, nothing of it at all. Texts are made up for the tests.
 */
export const TRANSCRIPT = `HARBOUR RENEWAL BRIEFING

MAYOR LINDQVIST: Good morning. The council will rebuild the northern harbour wall before the winter storms arrive. We have set aside forty million crowns for the work. Construction starts in March and ends in October.

QUESTION: Will fishermen lose their moorings?

MAYOR LINDQVIST: No fisherman will lose a mooring during the works. Temporary berths will be built at the southern pier.

ENGINEER OKONJO: The new wall will be two metres higher than the old one. It is designed to withstand a storm surge of four metres.
`;

/** Quotes the mayor word for word twice, paraphrases the engineer. */
export const FAITHFUL = `Mayor Anna Lindqvist announced on Tuesday that the harbour would be rebuilt. "The council will rebuild the northern harbour wall before the winter storms arrive," Lindqvist said.

"No fisherman will lose a mooring during the works," she told reporters. Engineer Grace Okonjo said the new wall would be two metres higher than the old one.
`;

/** Alters the mayor's quote and her figure, and adds its own comment. */
export const ALTERED = `The northern harbour wall will be rebuilt, Mayor Anna Lindqvist said. "The council will rebuild the harbour wall before the summer tourists arrive," Lindqvist said.

Lindqvist said the council had set aside sixty million crowns for the work. Critics said the plan came too late.
`;

/** About something else entirely: aligned to nothing. */
export const UNRELATED = `A new bakery opened on Main Street on Saturday. The owner, Peter Falk, said "we bake bread every morning at four o'clock." Customers queued for an hour.
`;

/** Reports only the engineer, in its own words. */
export const ENGINEER_ONLY = `Engineer Grace Okonjo told the briefing that the new wall will be two metres higher than the old one. She said it is designed to withstand a storm surge of four metres.
`;
