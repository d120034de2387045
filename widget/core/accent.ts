// A site's own accent colour, and the text colour that stays readable on it (WCAG contrast, white or near-black).

/** Relative luminance (WCAG 2.2) of an sRGB colour given as 0–255 channels. */
export function luminance(rgb: ArrayLike<number>): number {
  const lin = (i: number) => {
    const v = (rgb[i] ?? 0) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(0) + 0.7152 * lin(1) + 0.0722 * lin(2);
}

/** WCAG contrast ratio of two luminances (what inkFor's threshold is derived from; tests check the two agree). */
export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * White or near-black (#111318), whichever contrasts more with `rgb`. Against white the ratio is
 * 1.05 / (L + 0.05), against #111318 (L = 0.00651) it is (L + 0.05) / 0.05651: equal at
 * L = √(1.05 × 0.05651) − 0.05 = 0.19359, so one comparison decides.
 */
export function inkFor(rgb: ArrayLike<number>): string {
  return luminance(rgb) <= 0.19359 ? '#fff' : '#111318';
}

/**
 * CSS custom properties for a custom accent; the stylesheet's defaults apply when there is none.
 * Any CSS colour the browser understands is painted on a 1×1 canvas and read back as sRGB.
 */
export function accentVars(accent: string | null): Record<string, string> | undefined {
  if (!accent) return undefined;
  let ink = '#fff';
  try {
    const ctx = document.createElement('canvas').getContext('2d');
    if (ctx) {
      ctx.fillStyle = accent;
      ctx.fillRect(0, 0, 1, 1);
      ink = inkFor(ctx.getImageData(0, 0, 1, 1).data);
    }
  } catch {
    // No canvas (or a locked-down one): white text, the usual choice on a brand colour.
  }
  return { '--accent': accent, '--on-accent': ink };
}
