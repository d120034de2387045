// The bundled quiz file as the editor opens it: the same JSON that ships in questions/.

import type { QuizFile } from '../../contract/quiz.ts';
import file from '../../questions/trump-mexico-troops.json';

export const bundled = structuredClone(file) as unknown as QuizFile;

/** An article that quotes every passage of `quiz` word for word. */
export function articleText(quiz: QuizFile): string {
  return [quiz.source.title, ...quiz.questions.map((q) => q.passage.text)].join('\n\n');
}
