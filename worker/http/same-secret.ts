// The one constant-time comparison of a secret we were sent with the one we hold (results, editor, group keys).

const encoder = new TextEncoder();

/** Compares digests, so timing reveals nothing about the secret, not even its length. */
export async function sameSecret(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([a, b].map((s) => crypto.subtle.digest('SHA-256', encoder.encode(s))));
  if (!x || !y) return false;
  return crypto.subtle.timingSafeEqual(x, y);
}
