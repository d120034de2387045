// A site's own accent colour, and the text colour that stays readable on it (WCAG contrast, white or near-black).

const INK_DARK = '#111318';

/** Relative luminance (WCAG 2.2) of an sRGB colour given as 0–255 channels. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** White or near-black, whichever contrasts more with `rgb`. */
export function inkFor(rgb: [number, number, number]): string {
  const l = luminance(rgb);
  return contrast(l, 1) >= contrast(l, luminance([17, 19, 24])) ? '#fff' : INK_DARK;
}

/** Any CSS colour the browser understands, as sRGB channels: painted on a 1×1 canvas and read back. */
export function toRgb(color: string): [number, number, number] | null {
  try {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
    return [r, g, b];
  } catch {
    return null;
  }
}

/** CSS custom properties for a custom accent; the stylesheet's defaults apply when there is none. */
export function accentVars(accent: string | null): Record<string, string> | undefined {
  if (!accent) return undefined;
  const rgb = toRgb(accent);
  return { '--accent': accent, '--on-accent': rgb ? inkFor(rgb) : '#fff' };
}
