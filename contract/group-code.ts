// Class group join codes: the one alphabet and the one reading of what a person typed, for the Worker and the widget.

/**
 * 18 characters with no look-alikes: none of 0/O/Q/D, 1/I/L, 2/Z, 5/S, 6/G, 8/B, U/V. No vowels either,
 * so a code never spells a word. 18^6 is about 34 million codes.
 */
export const GROUP_CODE_ALPHABET = 'CFHJKMNPRTVWXY3479';

export const GROUP_CODE_LENGTH = 6;

/**
 * The code in its stored form, or null when the text cannot be one: case does not matter, and spaces,
 * hyphens and dots (as in "k7m 2qx" or "K7M-W3R") are ignored.
 */
export function normalizeGroupCode(text: unknown): string | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  const code = text.replace(/[\s.-]+/g, '').toUpperCase();
  if (code.length !== GROUP_CODE_LENGTH) return null;
  for (const ch of code) if (!GROUP_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
