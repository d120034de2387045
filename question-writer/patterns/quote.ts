// Quotes: what the article gives you to trace a quote to its original (speaker, occasion, date).

import { otherNames } from '../article-facts.ts';
import { speakerOf } from './attribution.ts';
import { quoted } from '../text.ts';
import { type ChoiceDraft, type Pattern, markText } from './pattern.ts';

const OCCASION =
  /\b(?:told|at an? |in an? |during|statement|interview|rally|meeting|conference|hearing|session|speech|press|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|durante|en (?:una |la |el )?(?:conferencia|entrevista|sesión|reunión|comunicado|mitin|discurso)|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))/i;

export const quoteTrace: Pattern = {
  id: 'quote-trace',
  kinds: ['quote'],
  label: { en: 'Tracing the quote', es: 'Rastrear la cita' },
  write(mark, ctx) {
    const { sentence, cue } = markText(mark, ctx);
    // A one- or two-word fragment ("approved") is a scare quote, not a statement anyone could trace.
    if (cue.split(/\s+/).length < 4) return null;
    const who = speakerOf(mark, ctx);
    const occasion = OCCASION.test(sentence.replace(cue, '')) || ctx.facts.dates.some((d) => sentence.includes(d.text));
    const others = otherNames(ctx.facts, who ? [who] : [], mark.start, 2);
    const [firstOther] = others;
    if (!firstOther || others.length < (who ? 1 : 2)) return null;
    const withOccasion = (name: string): ChoiceDraft['text'] => ({
      en: `${name}, and when or where`,
      es: `${name}, y cuándo o dónde`,
    });
    const nameOnly = (name: string): ChoiceDraft['text'] => ({
      en: `${name}, but not when or where`,
      es: `${name}, pero no cuándo ni dónde`,
    });
    const nobody: ChoiceDraft['text'] = { en: 'No speaker is named', es: 'No dice quién lo dijo' };
    const wrongName = (name: string): ChoiceDraft => ({
      text: withOccasion(name),
      explanation: {
        en: `The article names ${name} elsewhere, but does not give these words to ${name}.`,
        es: `El artículo nombra a ${name} en otra parte, pero no le atribuye estas palabras.`,
      },
    });
    const q = quoted(cue, 140);
    let key: ChoiceDraft;
    let distractors: ChoiceDraft[];
    if (who && occasion) {
      key = {
        text: withOccasion(who),
        explanation: {
          en: `Right: the article names ${who} and the occasion, so you can look for the original (a recording, a transcript, a statement) and read the words in context.`,
          es: `Correcto: el artículo nombra a ${who} y la ocasión, así que puedes buscar el original (una grabación, una transcripción, un comunicado) y leer las palabras en su contexto.`,
        },
      };
      distractors = [
        {
          text: nameOnly(who),
          explanation: {
            en: `The article does say when or where ${who} said it: read the sentence again.`,
            es: `El artículo sí dice cuándo o dónde lo dijo ${who}: vuelve a leer la frase.`,
          },
        },
        wrongName(firstOther),
      ];
    } else if (who) {
      key = {
        text: nameOnly(who),
        explanation: {
          en: `Right: the article names ${who}, but not when or where. Without an occasion the original is harder to find: search for the exact words.`,
          es: `Correcto: el artículo nombra a ${who}, pero no cuándo ni dónde. Sin la ocasión cuesta más encontrar el original: busca las palabras exactas.`,
        },
      };
      distractors = [
        {
          text: withOccasion(who),
          explanation: {
            en: `The article names ${who} but gives no time or place for these words.`,
            es: `El artículo nombra a ${who}, pero no da momento ni lugar para estas palabras.`,
          },
        },
        wrongName(firstOther),
      ];
    } else {
      key = {
        text: nobody,
        explanation: {
          en: 'Right: no one is named for these words. A quote nobody can be asked about cannot be traced; treat it with care.',
          es: 'Correcto: nadie con nombre dice estas palabras. Una cita sin autor no se puede rastrear; tómala con cuidado.',
        },
      };
      distractors = others.slice(0, 2).map(wrongName);
    }
    return {
      pattern: 'quote-trace',
      skill: 'evidence-attribution',
      stance: who && occasion ? 'credits' : 'doubts',
      prompt: {
        en: `What does the article give you to trace this quote: ${q}?`,
        es: `¿Qué te da el artículo para rastrear esta cita: ${q}?`,
      },
      key,
      distractors,
      explanation: {
        en: 'To trace a quote you need who said it, when and where. The more of these a report gives, the easier it is to find the original and check the words in context.',
        es: 'Para rastrear una cita necesitas quién la dijo, cuándo y dónde. Cuantos más datos dé la noticia, más fácil es encontrar el original y ver las palabras en contexto.',
      },
      check: {
        en: who
          ? `Check that ${who} is the speaker and that the article ${occasion ? 'does' : 'does not'} say when or where the words were said.`
          : 'Check that the article names nobody for these words, here or in the sentences around them.',
        es: who
          ? `Comprueba que ${who} es quien habla y que el artículo ${occasion ? 'sí' : 'no'} dice cuándo o dónde se dijeron las palabras.`
          : 'Comprueba que el artículo no nombra a nadie para estas palabras, ni aquí ni en las frases de alrededor.',
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};
