// Attribution: who the article says made a claim (and where the original would be), whose figure it is, and what "X said" proves.

import { otherNames, resolveName } from '../article-facts.ts';
import { quoted } from '../text.ts';
import type { Mark } from '../../contract/reading-map.ts';
import { type Pattern, type WriterContext, markText } from './pattern.ts';

const blank = (sentence: string, name: string) => {
  const parts = [name, ...name.split(/\s+/).filter((w) => w.length > 3 && /^\p{Lu}/u.test(w))];
  let out = sentence;
  for (const p of parts) out = out.split(p).join('___');
  return out.replace(/(?:___\s*)+___/g, '___');
};

/** A name's last word ("Natarajan" for Priya Natarajan), as a later mention would use it. */
const surnameOf = (name: string) => name.split(' ').at(-1) ?? name;

/**
 * Who the article credits with a sentence's words: the map's speaker when the sentence names them (or names
 * nobody, as in "she said"), else the name nearest the reporting verb.
 */
export function speakerOf(mark: Mark, ctx: WriterContext): string | undefined {
  const resolved = resolveName(ctx.facts, mark.speaker, mark);
  const sentence = ctx.article.text.slice(mark.start, mark.end);
  const inSentence = ctx.facts.names.filter((n) => sentence.includes(n.text) || sentence.includes(surnameOf(n.text)));
  if (resolved && (inSentence.length === 0 || inSentence.some((n) => n.text === resolved))) return resolved;
  const at = mark.cue.start - mark.start;
  return inSentence.sort(
    (a, b) => Math.abs(sentence.indexOf(surnameOf(a.text)) - at) - Math.abs(sentence.indexOf(surnameOf(b.text)) - at),
  )[0]?.text;
}

export const whoSaid: Pattern = {
  id: 'who-said',
  kinds: ['attribution', 'quote'],
  label: { en: 'Who said it', es: 'Quién lo dijo' },
  write(mark, ctx) {
    // The headline's own attribution is the headline question's to ask.
    if (ctx.article.parts.some((p) => p.kind === 'headline' && p.start <= mark.start && mark.start < p.end))
      return null;
    const who = speakerOf(mark, ctx);
    if (!who) return null;
    const { sentence } = markText(mark, ctx);
    const others = otherNames(ctx.facts, [who], mark.start, 5);
    if (others.length < 2) return null;
    const gap = quoted(blank(sentence, who), 220);
    return {
      pattern: 'who-said',
      skill: 'comprehension',
      stance: 'credits',
      prompt: {
        en: `Fill the gap: ${gap} Who does the article name?`,
        es: `Completa el hueco: ${gap} ¿A quién nombra el artículo?`,
      },
      key: {
        text: { en: who, es: who },
        explanation: {
          en: `Right: the article gives these words to ${who}. A named source is one you can look up: find ${who}'s own statement, recording or page.`,
          es: `Correcto: el artículo atribuye estas palabras a ${who}. Una fuente con nombre se puede buscar: encuentra la declaración, grabación o página de ${who}.`,
        },
      },
      distractors: others.map((other) => ({
        text: { en: other, es: other },
        explanation: {
          en: `${other} appears elsewhere in the article, not as the source of these words.`,
          es: `${other} aparece en otra parte del artículo, pero no como fuente de estas palabras.`,
        },
      })),
      explanation: {
        en: `The article attributes this to ${who}. Knowing who said something is where checking starts: the original statement, not the report of it, is what you verify.`,
        es: `El artículo se lo atribuye a ${who}. Saber quién dijo algo es el primer paso para comprobarlo: lo que se verifica es la declaración original, no el relato de ella.`,
      },
      check: {
        en: `Check that ${who} really is the one the article credits with these words (the template reads the speaker from the sentence).`,
        es: `Comprueba que el artículo de verdad atribuye estas palabras a ${who} (la plantilla toma a quien habla de la frase).`,
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};

export const figureSource: Pattern = {
  id: 'figure-source',
  kinds: ['attribution', 'unsourced-number'],
  label: { en: 'Whose figure is it', es: 'De quién es la cifra' },
  write(mark, ctx) {
    const cueAt = mark.cue.start;
    // The figure nearest the attribution's verb is the one attributed ("350 … said", "according to … 94 percent").
    const figure = ctx.facts.figures
      .filter((f) => f.start >= mark.start && f.end <= mark.end)
      .sort((a, b) => Math.abs(a.start - cueAt) - Math.abs(b.start - cueAt))[0]?.text;
    const who = speakerOf(mark, ctx) ?? ctx.facts.names.find((n) => n.start >= mark.start && n.end <= mark.end)?.text;
    if (!figure || !who) return null;
    const others = otherNames(ctx.facts, [who], mark.start, 5);
    if (others.length < 2) return null;
    const fig = quoted(figure);
    return {
      pattern: 'figure-source',
      skill: 'stats-polls',
      stance: 'credits',
      prompt: {
        en: `The article gives the figure ${fig}. Whom does it name as the figure's source?`,
        es: `El artículo da la cifra ${fig}. ¿A quién nombra como fuente de esa cifra?`,
      },
      key: {
        text: { en: who, es: who },
        explanation: {
          en: `Right: the article attributes ${fig} to ${who}, so you can look for ${who}'s own publication of it and see how it was counted.`,
          es: `Correcto: el artículo atribuye ${fig} a ${who}, así que puedes buscar la publicación original de ${who} y ver cómo se contó.`,
        },
      },
      distractors: others.map((other) => ({
        text: { en: other, es: other },
        explanation: {
          en: `${other} is named in the article, but the figure ${fig} is not attributed to them.`,
          es: `El artículo nombra a ${other}, pero no le atribuye la cifra ${fig}.`,
        },
      })),
      explanation: {
        en: `A figure with a named source can be traced: ${who} is where to look for the original data, its date and its method.`,
        es: `Una cifra con fuente se puede rastrear: ${who} es donde buscar los datos originales, su fecha y su método.`,
      },
      check: {
        en: `Check that the article really gives ${who} as the source of ${fig}, and that ${fig} is the figure the sentence is about.`,
        es: `Comprueba que el artículo da de verdad a ${who} como fuente de ${fig} y que ${fig} es la cifra de la frase.`,
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};

export const claimOrProof: Pattern = {
  id: 'claim-or-proof',
  kinds: ['attribution'],
  label: { en: 'A claim is not proof', es: 'Afirmar no es probar' },
  write(mark, ctx) {
    const { sentence } = markText(mark, ctx);
    const who = speakerOf(mark, ctx);
    const other = otherNames(ctx.facts, who ? [who] : [], mark.start, 1)[0];
    if (!other) return null;
    const speaker = who ?? { en: 'the speaker', es: 'quien habla' };
    const en = typeof speaker === 'string' ? speaker : speaker.en;
    const es = typeof speaker === 'string' ? speaker : speaker.es;
    return {
      pattern: 'claim-or-proof',
      skill: 'claim-vs-denial',
      stance: 'neutral',
      prompt: {
        en: `The article reports: ${quoted(sentence, 220)} What does this sentence establish?`,
        es: `El artículo informa: ${quoted(sentence, 220)} ¿Qué establece esta frase?`,
      },
      key: {
        text: { en: `What ${en} says, not whether it is true`, es: `Lo que dice ${es}, no si es cierto` },
        explanation: {
          en: `Right. A report that someone claims or denies something records their position. Whether it is true needs evidence beyond the statement.`,
          es: `Correcto. Que alguien afirme o niegue algo deja constancia de su postura. Saber si es cierto exige pruebas más allá de la declaración.`,
        },
      },
      distractors: [
        {
          text: { en: `That the article checked what ${en} says`, es: `Que el artículo comprobó lo que dice ${es}` },
          explanation: {
            en: 'The sentence reports a statement; it shows no check of it. A check would show evidence: a document, data or another source.',
            es: 'La frase cuenta una declaración; no muestra ninguna comprobación. Comprobar sería mostrar pruebas: un documento, datos u otra fuente.',
          },
        },
        {
          text: { en: `That ${other} agrees with ${en}`, es: `Que ${other} está de acuerdo con ${es}` },
          explanation: {
            en: `${other} is named elsewhere in the article, but this sentence says nothing about what ${other} thinks of it.`,
            es: `El artículo menciona a ${other} en otra parte, pero esta frase no dice qué opina ${other} de esto.`,
          },
        },
      ],
      explanation: {
        en: '“X said” or “Y denied” tells you who holds which position. Before you believe either side, look for what shows it: records, data or independent reporting.',
        es: '“X dijo” o “Y negó” te dice quién sostiene qué. Antes de creerle a cualquiera de los dos, busca lo que lo demuestre: registros, datos o reportajes independientes.',
      },
      check: {
        en: `Check that the sentence reports a claim or a denial${who ? ` by ${who}` : ''}, and that ${other} has nothing to do with it.`,
        es: `Comprueba que la frase cuenta una afirmación o un desmentido${who ? ` de ${who}` : ''} y que ${other} no tiene que ver con ella.`,
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};
