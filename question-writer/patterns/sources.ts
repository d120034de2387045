// Unnamed sources and figures without one: who the "experts" or "polls" are, and what you would need to check a number.

import { otherNames } from '../article-facts.ts';
import { quoted } from '../text.ts';
import type { ChoiceDraft, Pattern, WriterContext } from './pattern.ts';
import { markText } from './pattern.ts';

/** "according to X", "según datos de X": the figure has a named source after all (the figure-source question asks whose). */
const SOURCED =
  /\b(?:[Aa]ccording to|[Ff]igures from|[Dd]ata from|[Ss]egún(?: datos de)?|[Dd]e acuerdo con)\s+(?:the\s+|la\s+|el\s+|los\s+)?\p{Lu}/u;

const POLL = /\b(?:polls?|surveys?|studies|study|research|encuestas?|sondeos?|estudios?)\b/i;

export const unnamedSource: Pattern = {
  id: 'unnamed-source',
  kinds: ['unnamed-source'],
  label: { en: 'Who are the unnamed sources', es: 'Quiénes son las fuentes sin nombre' },
  write(mark, ctx) {
    const { sentence, cue } = markText(mark, ctx);
    if (POLL.test(cue)) return null;
    const others = otherNames(ctx.facts, [], mark.start, 6).filter((n) => !sentence.includes(n));
    if (others.length < 2) return null;
    const who = quoted(cue, 60);
    return {
      pattern: 'unnamed-source',
      skill: 'evidence-attribution',
      stance: 'doubts',
      prompt: {
        en: `The article says: ${quoted(sentence, 220)} Who are the ${who}?`,
        es: `El artículo dice: ${quoted(sentence, 220)} ¿A quiénes se refiere con ${who}?`,
      },
      key: {
        text: { en: 'The article gives no names', es: 'El artículo no da nombres' },
        explanation: {
          en: `Right. The ${who} are never named, so you can't check who they are or what they know. Look for a named source making the same claim.`,
          es: `Correcto. El artículo no da nombres para ${who}, así que no puedes comprobar quiénes son ni qué saben. Busca una fuente con nombre que diga lo mismo.`,
        },
      },
      distractors: others.map(
        (other): ChoiceDraft => ({
          text: { en: other, es: other },
          explanation: {
            en: `The article names ${other}, but not as one of the ${who}: nothing links the two.`,
            es: `El artículo nombra a ${other}, pero no lo cuenta entre ${who}: nada los relaciona.`,
          },
        }),
      ),
      explanation: {
        en: 'An unnamed source asks you to take a claim on trust. Before relying on it, look for who else reports it and whether anyone named stands behind it.',
        es: 'Una fuente sin nombre te pide creer sin poder comprobar. Antes de fiarte, busca quién más lo informa y si alguien con nombre lo respalda.',
      },
      check: {
        en: `Check that the article really leaves the ${who} unnamed (not named a sentence earlier or later).`,
        es: `Comprueba que el artículo de verdad no da nombres para ${who} (ni una frase antes ni una después).`,
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};

/** Distractors for a figure: a person's agreement and a comparison with another figure, both from the article. */
function figureDistractors(ctx: WriterContext, sentence: string, near: number, what: string): ChoiceDraft[] {
  const out: ChoiceDraft[] = [];
  const name = otherNames(ctx.facts, [], near, 3).find((n) => !sentence.includes(n));
  if (name)
    out.push({
      text: { en: `Whether ${name} agrees with it`, es: `Si ${name} está de acuerdo` },
      explanation: {
        en: `${name} is named in the article, but agreeing with ${what} is not measuring it: it says nothing about how it was counted.`,
        es: `El artículo nombra a ${name}, pero estar de acuerdo con ${what} no es medirlo: no dice nada de cómo se contó.`,
      },
    });
  const other = ctx.facts.figures.find((f) => !sentence.includes(f.text) && Math.abs(f.start - near) < 4000);
  if (other)
    out.push({
      text: { en: `How it compares with ${other.text}`, es: `Cómo se compara con ${other.text}` },
      explanation: {
        en: `${other.text} is another figure in the article; setting the two side by side says nothing about where ${what} comes from.`,
        es: `${other.text} es otra cifra del artículo; ponerlas lado a lado no dice nada de dónde sale ${what}.`,
      },
    });
  out.push({
    text: { en: 'Whether it sounds about right', es: 'Si suena razonable' },
    explanation: {
      en: `Sounding right is not evidence: a plausible figure can be wrong, and ${what} gives you nothing to check it by.`,
      es: `Que suene bien no es una prueba: una cifra creíble puede estar mal, y ${what} no trae con qué comprobarla.`,
    },
  });
  out.push({
    text: { en: 'How often the article repeats it', es: 'Cuántas veces lo repite el artículo' },
    explanation: {
      en: `Repeating ${what} does not source it: a figure said twice is as unchecked as one said once.`,
      es: `Repetir ${what} no le da una fuente: una cifra dicha dos veces sigue igual de sin comprobar.`,
    },
  });
  return out;
}

export const pollQuestions: Pattern = {
  id: 'poll-questions',
  kinds: ['unnamed-source', 'unsourced-number'],
  label: { en: 'Which poll or study', es: 'Qué encuesta o estudio' },
  write(mark, ctx) {
    const { sentence, cue } = markText(mark, ctx);
    if (!POLL.test(cue) && !POLL.test(sentence)) return null;
    const what = quoted(cue, 60);
    return {
      pattern: 'poll-questions',
      skill: 'stats-polls',
      stance: 'doubts',
      prompt: {
        en: `The article says: ${quoted(sentence, 220)} What would you need to know before trusting it?`,
        es: `El artículo dice: ${quoted(sentence, 220)} ¿Qué necesitarías saber antes de confiar en eso?`,
      },
      key: {
        text: { en: 'Who ran it, when, and whom it asked', es: 'Quién lo hizo, cuándo y a quiénes preguntó' },
        explanation: {
          en: `Right. A result is only as good as the survey behind it. The article names none for ${what}: look for who ran it, when, how many people it asked and the exact question.`,
          es: `Correcto. Un resultado vale lo que vale el estudio que lo respalda. El artículo no identifica ${what}: busca quién lo hizo, cuándo, a cuántas personas preguntó y con qué pregunta exacta.`,
        },
      },
      distractors: figureDistractors(ctx, sentence, mark.start, what),
      explanation: {
        en: 'Polls and studies differ in who they ask and how. Until you know which one, its date, its sample and its wording, “polls show” is a claim without a source.',
        es: 'Las encuestas y los estudios cambian según a quién preguntan y cómo. Mientras no sepas cuál es, su fecha, su muestra y su pregunta, “las encuestas dicen” es una afirmación sin fuente.',
      },
      check: {
        en: `Check that the article names no poll or study for ${what}, here or in the next sentences.`,
        es: `Comprueba que el artículo no identifica ninguna encuesta o estudio para ${what}, ni aquí ni en las frases siguientes.`,
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};

export const figureCheck: Pattern = {
  id: 'figure-check',
  kinds: ['unsourced-number'],
  label: { en: 'What checks a figure', es: 'Qué comprueba una cifra' },
  write(mark, ctx) {
    const { sentence, cue } = markText(mark, ctx);
    if (POLL.test(cue) || SOURCED.test(sentence)) return null;
    const fig = quoted(cue, 60);
    return {
      pattern: 'figure-check',
      skill: 'stats-polls',
      stance: 'doubts',
      prompt: {
        en: `The article says: ${quoted(sentence, 220)} What would you need to check the figure ${fig}?`,
        es: `El artículo dice: ${quoted(sentence, 220)} ¿Qué necesitarías para comprobar la cifra ${fig}?`,
      },
      key: {
        text: { en: 'Who measured it, when and how', es: 'Quién la midió, cuándo y cómo' },
        explanation: {
          en: `Right. A figure is as good as its measurement: who counted, when and how. The article gives no source for ${fig}, so look for one before repeating it.`,
          es: `Correcto. Una cifra vale lo que vale su medición: quién contó, cuándo y cómo. El artículo no da fuente para ${fig}; búscala antes de repetirla.`,
        },
      },
      distractors: figureDistractors(ctx, sentence, mark.start, fig),
      explanation: {
        en: 'A number without a source cannot be checked. Ask who measured it, when and how, and look for the original data.',
        es: 'Una cifra sin fuente no se puede comprobar. Pregunta quién la midió, cuándo y cómo, y busca los datos originales.',
      },
      check: {
        en: `Check that the article gives no source for ${fig} in this sentence or the one before.`,
        es: `Comprueba que el artículo no da fuente para ${fig} en esta frase ni en la anterior.`,
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};
