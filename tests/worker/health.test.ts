import { describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

describe('GET /api/health', () => {
  it('answers ok with the package version and the rollup lag', async () => {
    const res = await call('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      rollup: { lagSeconds: 0 },
      writes: { day: new Date().toISOString().slice(0, 10), used: expect.any(Number), budget: 1_000_000 },
    });
  });
});
