// The author's own words: does the body support the headline, and is a sentence a checkable fact or a judgement?

import { otherNames } from '../article-facts.ts';
import { quoted } from '../text.ts';
import { type ChoiceDraft, type Pattern, markText } from './pattern.ts';

export const headlineBody: Pattern = {
  id: 'headline-body',
  kinds: ['headline-mismatch'],
  label: { en: 'Headline against body', es: 'Titular contra texto' },
  write(mark, ctx) {
    const { sentence } = markText(mark, ctx);
    const body = mark.related ? ctx.article.text.slice(mark.related.start, mark.related.end) : '';
    const { outlet } = ctx.facts;
    const says = body
      ? { en: ` The body says: ${quoted(body, 200)}`, es: ` El texto dice: ${quoted(body, 200)}` }
      : { en: '', es: '' };
    const third: ChoiceDraft = outlet
      ? {
          text: { en: `Yes: ${outlet} wrote both`, es: `Sí: ${outlet} escribió ambos` },
          explanation: {
            en: `The same outlet writing both does not make them agree: headlines are often written by someone else, to be short and catchy.${says.en}`,
            es: `Que el mismo medio escriba ambos no hace que coincidan: los titulares suelen escribirse aparte, para ser cortos y llamativos.${says.es}`,
          },
        }
      : {
          text: { en: 'Yes: a headline sums up the body', es: 'Sí: el titular resume el texto' },
          explanation: {
            en: `It should, but it does not always: headlines are written to be short and catchy.${says.en}`,
            es: `Debería, pero no siempre lo hace: los titulares se escriben para ser cortos y llamativos.${says.es}`,
          },
        };
    return {
      pattern: 'headline-body',
      skill: 'claim-precision',
      stance: 'doubts',
      prompt: {
        en: `The headline says ${quoted(sentence, 200)}. Does the body of the article support that wording?`,
        es: `El titular dice ${quoted(sentence, 200)}. ¿El texto del artículo respalda esas palabras?`,
      },
      key: {
        text: { en: 'Not fully: the body says less', es: 'No del todo: el texto dice menos' },
        explanation: {
          en: `Right. ${mark.reason.en}${says.en}`,
          es: `Correcto. ${mark.reason.es}${says.es}`,
        },
      },
      distractors: [
        {
          text: { en: 'Yes: the body says the same', es: 'Sí: el texto dice lo mismo' },
          explanation: {
            en: `Compare the wording closely: ${mark.reason.en}`,
            es: `Compara las palabras con cuidado: ${mark.reason.es}`,
          },
        },
        third,
      ],
      explanation: {
        en: 'Many people share a headline without reading on. Check that the body says what the headline says, in the same strength, before you repeat it.',
        es: 'Mucha gente comparte un titular sin seguir leyendo. Antes de repetirlo, comprueba que el texto dice lo mismo que el titular y con la misma fuerza.',
      },
      check: {
        en: 'Check that the body really says less than the headline: the map compares words, and a later paragraph may support the headline after all.',
        es: 'Comprueba que el texto de verdad dice menos que el titular: el mapa compara palabras, y un párrafo posterior podría respaldarlo.',
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};

export const factOrOpinion: Pattern = {
  id: 'fact-or-opinion',
  kinds: ['opinion'],
  label: { en: 'Fact or judgement', es: 'Hecho u opinión' },
  write(mark, ctx) {
    const { sentence, cue } = markText(mark, ctx);
    const name = otherNames(ctx.facts, [], mark.start, 3).find((n) => !sentence.includes(n));
    const words = quoted(cue, 60);
    const distractors: ChoiceDraft[] = [
      {
        text: { en: 'A fact you could check as it is', es: 'Un hecho que podrías comprobar tal cual' },
        explanation: {
          en: `No record could confirm ${words} as written: it judges rather than reports. Facts behind it (figures, dates) could be checked separately.`,
          es: `Ningún registro podría confirmar ${words} tal como está escrito: juzga en vez de informar. Los datos detrás (cifras, fechas) sí se pueden comprobar aparte.`,
        },
      },
    ];
    if (name)
      distractors.push({
        text: { en: `A view the article credits to ${name}`, es: `Una opinión que el artículo atribuye a ${name}` },
        explanation: {
          en: `The sentence is in the author's own voice; it does not attribute the view to ${name} or to anyone else.`,
          es: `La frase está en la voz del autor; no atribuye esa opinión a ${name} ni a nadie más.`,
        },
      });
    distractors.push({
      text: { en: 'A quote from someone the article names', es: 'Una cita de alguien con nombre en el artículo' },
      explanation: {
        en: 'There are no quotation marks and no one is credited: these are the author’s own words.',
        es: 'No hay comillas ni se atribuye a nadie: son palabras del propio autor.',
      },
    });
    return {
      pattern: 'fact-or-opinion',
      skill: 'fact-vs-opinion',
      stance: 'doubts',
      prompt: {
        en: `${quoted(sentence, 240)} Is this a fact you could check, or a judgement?`,
        es: `${quoted(sentence, 240)} ¿Es un hecho que podrías comprobar o un juicio?`,
      },
      key: {
        text: { en: 'A judgement, written as if it were fact', es: 'Un juicio, escrito como si fuera un hecho' },
        explanation: {
          en: `Right. ${words} is the author's own evaluation; no measurement settles it. It may be a fair view, but it is a view.`,
          es: `Correcto. ${words} es una valoración del autor; ninguna medición la resuelve. Puede ser una opinión razonable, pero es una opinión.`,
        },
      },
      distractors,
      explanation: {
        en: 'Opinion is fine when it is labelled. When a judgement is written as fact, separate what could be checked from the verdict, and weigh the verdict as one person’s view.',
        es: 'La opinión está bien cuando se presenta como tal. Si un juicio se escribe como hecho, separa lo que se puede comprobar del veredicto y tómalo como la opinión de una persona.',
      },
      check: {
        en: `Check that the sentence is in the author's own voice, not inside a quote, and that ${words} is the judgement.`,
        es: `Comprueba que la frase está en la voz del autor, no dentro de una cita, y que ${words} es el juicio.`,
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};
