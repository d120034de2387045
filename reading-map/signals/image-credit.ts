// Image credits and captions: stock, archive and file photos, and pictures with no date or place.

import type { Detector, Finding } from '../context.ts';
import { REASONS } from '../reasons.ts';

/** News agencies and the editorial side of Getty: a news photo, not a stock one ("AFP/Getty Images", "AP Photo/Jane Doe"). */
const AGENCY =
  /\b(AFP|AP(?= Photo|\/|\b)|Associated Press|Reuters|EPA(?:-EFE)?|EFE|Europa Press|Bloomberg|Anadolu|Xinhua|Getty Images (?:News|Sport|Entertainment)|(?:[A-Z][\w.]+ )?via Getty Images)\b/;
const STOCK =
  /\b(Getty Images|iStock(?:photo)?|Shutterstock|Unsplash|Pexels|Pixabay|Alamy|Adobe Stock|Dreamstime|Wikimedia Commons|Library of Congress|National Archives|file photo|archive photo|stock (?:photo|image)|illustration)\b/i;
const CREDIT_LINE = /^(?:photo|image|picture|illustration|credit|foto|imagen)\b/i;
/** A date on the credit or caption line ("March 4, 2024", "4 March 2024", "2024", "4 de marzo"). */
const DATED =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b|\b\d{4}\b|\b\d{1,2} (?:de )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)/i;

export const detectImageCredits: Detector = (ctx) => {
  const found: Finding[] = [];
  const lines = ctx.analysis.sentences.filter(
    (s) => s.part === 'caption' || s.part === 'credit' || CREDIT_LINE.test(s.text),
  );
  // A caption may be split in sentences: judge the whole line.
  const seen = new Set<number>();
  for (const s of lines) {
    const lineStart = ctx.article.text.lastIndexOf('\n', s.start) + 1;
    if (seen.has(lineStart)) continue;
    seen.add(lineStart);
    const nl = ctx.article.text.indexOf('\n', s.start);
    const range = { start: lineStart, end: nl < 0 ? ctx.article.text.length : nl };
    const line = ctx.article.text.slice(range.start, range.end);
    const agency = line.match(AGENCY);
    const stock = agency ? null : line.match(STOCK);
    // The cue is the credit's own words (the agency or stock site), else the whole line.
    const flag = (at: number, length: number, strength: number, reason: Finding['reason']) =>
      found.push({
        kind: 'image-credit',
        skill: 'image-provenance',
        range,
        cue: { start: range.start + at, end: range.start + at + length },
        strength,
        reason,
      });
    if (agency) {
      // A dated agency photo says when it was taken: nothing to flag. Undated, ask when and where.
      if (!DATED.test(line)) flag(agency.index!, agency[0].length, 0.5, REASONS.agencyImageUndated(agency[0]));
    } else if (stock) {
      flag(stock.index!, stock[0].length, 0.8, REASONS.stockImage(stock[0]));
    } else if (!DATED.test(line) && CREDIT_LINE.test(line.trim())) {
      flag(0, line.length, 0.5, REASONS.undatedImage());
    }
  }
  return found;
};
