/**
 * A link finding (see `LinkFinding` in core/model/annotation.ts) in words, for people:
 * "altered: “summer tourists” for “winter storms”". Plain text; the caller escapes it.
 */
import type { LinkFinding } from '../core/index';

/** The sentence for `finding`; `nameOf` gives a person entity's name. */
export function findingText(finding: LinkFinding, nameOf: (entityId: string) => string | undefined): string {
  const q = (s: string | undefined) => `“${s ?? ''}”`;
  switch (finding.kind) {
    case 'misattribution': {
      const credited = finding.from ? nameOf(finding.from) ?? finding.from : 'no one named';
      const speaker = finding.to ? nameOf(finding.to) ?? finding.to : 'another speaker';
      return `credited to ${credited}, but said by ${speaker}`;
    }
    case 'changed-figure':
      return `figure changed: ${q(finding.from)} where the transcript says ${q(finding.to)}`;
    case 'altered-quote':
      if (finding.from !== undefined && finding.to !== undefined) return `quote altered: ${q(finding.from)} for ${q(finding.to)}`;
      if (finding.from !== undefined) return `quote adds ${q(finding.from)}`;
      return `quote leaves out ${q(finding.to)}`;
    case 'added-name':
      return `names ${q(finding.from)}, whom the transcript does not name`;
    case 'interpreted-quote':
      return 'quotes words given through an interpreter: the outlet\'s own rendering, compared by its names and figures';
    default: {
      const unknown: never = finding.kind;
      return String(unknown);
    }
  }
}
