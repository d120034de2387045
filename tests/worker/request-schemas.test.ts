// Issue 12: request bodies get their types and their checks from one schema, and library body limits.

import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AttemptRequest, CheckRequest, Submission } from '../../contract/api.ts';
import type { Lang } from '../../contract/quiz.ts';
import { checkRequest, submissionRequest } from '../../contract/requests.ts';
import { hostileValue } from './fuzz-inputs.ts';
import { QUIZ, postJson, quiz } from './helpers.ts';

describe('the contract request types', () => {
  it('are the schemas the Worker checks bodies with, so CheckRequest has the lang the route accepts', () => {
    expectTypeOf<CheckRequest>().toEqualTypeOf<{ questionId: string; choiceIds: string[]; lang?: Lang | undefined }>();
    expectTypeOf<Submission>().toEqualTypeOf<{ attempt: string; lang: Lang; answers: Record<string, string[]> }>();
    expectTypeOf<AttemptRequest>().toEqualTypeOf<{ turnstile?: string | undefined }>();
    const q = quiz.questions[0];
    if (!q) throw new Error('empty quiz');
    const body: CheckRequest = { questionId: q.id, choiceIds: q.correct, lang: 'es' };
    expect(v.parse(checkRequest, body)).toEqual(body);
  });
});

describe('POST /check against its schema', () => {
  it('answers 200 exactly for the bodies the schema accepts (with a known question and choices)', async () => {
    const q = quiz.questions.find((x) => x.type === 'single');
    if (!q) throw new Error('no single-choice question');
    const body = fc.record(
      {
        questionId: fc.oneof(fc.constant(q.id), hostileValue),
        choiceIds: fc.oneof(fc.constant([q.correct[0]]), hostileValue),
        lang: fc.oneof(fc.constantFrom('en', 'es'), hostileValue),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await postJson(`/api/quizzes/${QUIZ}/check`, b);
        const shapeOk = v.safeParse(checkRequest, b).success;
        if (!shapeOk) {
          expect(res.status, JSON.stringify(b)).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
        } else if (b.questionId === q.id && JSON.stringify(b.choiceIds) === JSON.stringify([q.correct[0]])) {
          expect(res.status, JSON.stringify(b)).toBe(200);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses answers keyed by prototype names, which a record schema alone would drop silently', () => {
    const answers = JSON.parse('{"__proto__": ["a"]}') as Record<string, string[]>;
    expect(v.safeParse(submissionRequest, { attempt: 'x', lang: 'en', answers }).success).toBe(false);
  });
});
