// Where each section of the bundled contrast guide starts, read from its `<a id="…"></a>` anchors: the hover
// labels its guide link with the heading, the guide command reveals the heading line.
import guide from '../guide/contrast.md';
import type { GuideId } from './types';

export const GUIDE_TEXT: string = guide;

export interface GuideSection {
  /** 0-based line of the `##` heading that follows the anchor. */
  line: number;
  /** The heading's text without the `#`s. */
  title: string;
}

let sections: Map<string, GuideSection> | undefined;

function index(): Map<string, GuideSection> {
  if (sections) return sections;
  sections = new Map();
  const lines = GUIDE_TEXT.split(/\r?\n/);
  lines.forEach((line, i) => {
    const anchor = /^<a id="([^"]+)"><\/a>\s*$/.exec(line);
    if (!anchor) return;
    // The heading normally sits on the next line; allow blank lines in between.
    let h = i + 1;
    while (h < lines.length && lines[h].trim() === '') h++;
    const heading = /^#{1,6}\s+(.*)$/.exec(lines[h] ?? '');
    sections!.set(anchor[1], heading ? { line: h, title: heading[1].trim() } : { line: i, title: anchor[1] });
  });
  return sections;
}

/** The section for an id, or undefined for ids the guide lacks. */
export function guideSection(id: GuideId | string): GuideSection | undefined {
  return index().get(id);
}
