// Dates and the timeline: what date the article gives, what a relative date counts from, and dates that don't add up.

import { clip, quoted } from '../text.ts';
import { type Pattern, markText } from './pattern.ts';

const RELATIVE =
  /\b(?:ago|last|next|this|recent(?:ly)?|yesterday|today|tomorrow|former|newly|current(?:ly)?|incoming|outgoing|pasad[oa]|hace|próxim[oa]|ayer|hoy|mañana|entonces|actual(?:mente)?|recientes?|reciente(?:mente)?)\b/i;

export const dateGap: Pattern = {
  id: 'date-gap',
  kinds: ['date'],
  label: { en: 'Which date', es: 'Qué fecha' },
  write(mark, ctx) {
    const { sentence } = markText(mark, ctx);
    const date = ctx.facts.dates.find((d) => sentence.includes(d.text) && d.text.length >= 4);
    if (!date || RELATIVE.test(markText(mark, ctx).cue)) return null;
    const others = ctx.facts.dates
      .filter((d) => d.text !== date.text && !date.text.includes(d.text) && !d.text.includes(date.text))
      .sort((a, b) => Math.abs(a.start - mark.start) - Math.abs(b.start - mark.start))
      .slice(0, 5);
    const blanked = sentence.replace(date.text, '___');
    // A dateline or a date on its own line leaves nothing to read around the gap.
    if (others.length < 2 || blanked.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length < 4) return null;
    const gap = quoted(blanked, 220);
    return {
      pattern: 'date-gap',
      skill: 'date-context',
      stance: 'credits',
      prompt: {
        en: `Fill the gap with the date the article gives: ${gap}`,
        es: `Completa el hueco con la fecha que da el artículo: ${gap}`,
      },
      key: {
        text: { en: date.text, es: date.text },
        explanation: {
          en: `Right: the article dates it ${date.text}. A dated statement can be checked against other reports from that time.`,
          es: `Correcto: el artículo lo fecha ${date.text}. Un hecho con fecha se puede contrastar con otras noticias de ese momento.`,
        },
      },
      distractors: others.map((d) => ({
        text: { en: d.text, es: d.text },
        explanation: {
          en: `${d.text} is another date in the article, given for something else.`,
          es: `${d.text} es otra fecha del artículo, que corresponde a otro hecho.`,
        },
      })),
      explanation: {
        en: 'Dates are the first thing to check: they show whether events fit together and whether a story is still current.',
        es: 'Las fechas son lo primero que conviene comprobar: muestran si los hechos encajan y si la noticia sigue vigente.',
      },
      check: {
        en: `Check that ${date.text} is the date of this sentence's event and that the other two dates belong to other events.`,
        es: `Comprueba que ${date.text} es la fecha del hecho de esta frase y que las otras dos fechas son de otros hechos.`,
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};

export const relativeDate: Pattern = {
  id: 'relative-date',
  kinds: ['date'],
  label: { en: 'Relative to when', es: 'Relativo a cuándo' },
  write(mark, ctx) {
    const { cue } = markText(mark, ctx);
    if (!RELATIVE.test(cue)) return null;
    const { published, publishedIso } = ctx.facts;
    const other = ctx.facts.dates.find(
      (d) => d.text !== published && !cue.includes(d.text) && !(d.iso && publishedIso?.startsWith(d.iso)),
    );
    const words = quoted(cue, 60);
    return {
      pattern: 'relative-date',
      skill: 'date-context',
      stance: 'neutral',
      prompt: {
        en: `The article says ${words}. Counted from when?`,
        es: `El artículo dice ${words}. ¿Contado desde cuándo?`,
      },
      key: {
        text: { en: 'The day it was published', es: 'El día en que se publicó' },
        explanation: {
          en: `Right. A relative date counts from when the article was written${published ? `: ${published}` : ', which the page should show'}. Read later, ${words} points somewhere else.`,
          es: `Correcto. Una fecha relativa cuenta desde que se escribió el artículo${published ? `: ${published}` : ', que la página debería mostrar'}. Leída después, ${words} apunta a otro momento.`,
        },
      },
      distractors: [
        {
          text: { en: 'The day you read it', es: 'El día en que lo lees' },
          explanation: {
            en: `That is the trap: ${words} was written from the article's day, not yours. The later you read it, the further apart the two are.`,
            es: `Esa es la trampa: ${words} se escribió desde el día del artículo, no desde el tuyo. Cuanto más tarde lo leas, más se alejan.`,
          },
        },
        ...(other
          ? [
              {
                text: { en: other.text, es: other.text },
                explanation: {
                  en: `${other.text} is another date in the article, for another event; ${words} counts from the article's own date.`,
                  es: `${other.text} es otra fecha del artículo, de otro hecho; ${words} cuenta desde la fecha del propio artículo.`,
                },
              },
            ]
          : []),
        {
          text: { en: 'The date of the first event it reports', es: 'La fecha del primer hecho que cuenta' },
          explanation: {
            en: 'A relative date counts from the moment of writing, not from an event in the story.',
            es: 'Una fecha relativa cuenta desde el momento en que se escribió, no desde un hecho de la historia.',
          },
        },
      ],
      explanation: {
        en: `Relative dates and titles (“last week”, “former”, “9 months ago”) are true as of the day the article was written. Find that date before treating the claim as current.`,
        es: `Las fechas y los cargos relativos (“la semana pasada”, “el entonces”, “hace 9 meses”) valen para el día en que se escribió el artículo. Busca esa fecha antes de tomar lo dicho como actual.`,
      },
      check: {
        en: published
          ? `Check that ${published} is the article's publication date as the page shows it.`
          : 'The page gives no publication date the map could read: check the page, and add it if it is there.',
        es: published
          ? `Comprueba que ${published} es la fecha de publicación que muestra la página.`
          : 'La página no da una fecha de publicación que el mapa pudiera leer: revisa la página y añádela si está.',
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};

export const timelineConflict: Pattern = {
  id: 'timeline-conflict',
  kinds: ['timeline-conflict'],
  label: { en: 'Dates that don’t add up', es: 'Fechas que no cuadran' },
  write(mark, ctx) {
    const { sentence } = markText(mark, ctx);
    const related = mark.related ? ctx.article.text.slice(mark.related.start, mark.related.end) : '';
    const detail = {
      en: mark.reason.en.replace(/^The dates don't add up:\s*/, ''),
      es: mark.reason.es.replace(/^Las fechas no cuadran:\s*/, ''),
    };
    const also = related && !sentence.includes(related) ? ` ${quoted(related, 100)}` : '';
    return {
      pattern: 'timeline-conflict',
      skill: 'internal-consistency',
      stance: 'doubts',
      prompt: {
        en: `The article says ${quoted(sentence.replace(/\.\s*$/, ''), 180)}${also ? ` and elsewhere${also}` : ''}. Do its dates fit together?`,
        es: `El artículo dice ${quoted(sentence.replace(/\.\s*$/, ''), 180)}${also ? ` y en otra parte${also}` : ''}. ¿Encajan sus fechas?`,
      },
      key: {
        text: { en: 'No: one of the dates must be wrong', es: 'No: una de las dos fechas está mal' },
        explanation: {
          en: `Right: ${detail.en} When an article's own dates clash, check each against an outside record before trusting either.`,
          es: `Correcto: ${detail.es} Cuando las fechas de un mismo artículo chocan, contrasta cada una con un registro externo antes de fiarte.`,
        },
      },
      distractors: [
        {
          text: { en: 'Yes: they are in the same article', es: 'Sí: están en el mismo artículo' },
          explanation: {
            en: `Being on the same page does not make two dates agree: ${detail.en}`,
            es: `Estar en la misma página no hace que dos fechas coincidan: ${detail.es}`,
          },
        },
        {
          text: { en: 'The article gives too little to tell', es: 'El artículo no da datos para saberlo' },
          explanation: {
            en: 'The article gives the dates itself, so you can compare them, and they do not fit.',
            es: 'El propio artículo da las fechas, así que puedes compararlas, y no encajan.',
          },
        },
      ],
      explanation: {
        en: `Lining up an article's dates is a quick check anyone can do. Here they do not add up (${clip(detail.en, 200)}), so at least one statement needs checking.`,
        es: `Ordenar las fechas de un artículo es una comprobación rápida. Aquí no cuadran (${clip(detail.es, 200)}), así que al menos una afirmación hay que verificarla.`,
      },
      check: {
        en: 'Check the arithmetic yourself: the map computed this conflict from the dates as written, and a misread date would make it wrong.',
        es: 'Haz tú la cuenta: el mapa calculó este choque con las fechas tal como están escritas, y una fecha mal leída lo invalidaría.',
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};
