// The page around the claims: what a photo credit tells, where a cited document is, and who publishes the site.

import { otherNames } from '../article-facts.ts';
import { quoted } from '../text.ts';
import { type ChoiceDraft, type Pattern, markText } from './pattern.ts';

export const imageCredit: Pattern = {
  id: 'image-credit',
  kinds: ['image-credit'],
  label: { en: 'What a photo credit tells', es: 'Qué dice el crédito de una foto' },
  write(mark, ctx) {
    const { sentence } = markText(mark, ctx);
    const stock =
      /stock|archive|archivo|banco/i.test(mark.reason.en) ||
      /\b(?:archive|archivo|file|unsplash|getty|shutterstock|istock|pexels)\b/i.test(sentence);
    const { outlet } = ctx.facts;
    const credit = quoted(sentence, 160);
    const key: ChoiceDraft = stock
      ? {
          text: {
            en: 'Who supplied it, not that it shows these events',
            es: 'Quién la aportó, no que muestre estos hechos',
          },
          explanation: {
            en: 'Right. An archive or stock credit says where the picture came from. It may show another time or place: search for the image itself (a reverse image search) before taking it as evidence.',
            es: 'Correcto. Un crédito de archivo o de banco de imágenes dice de dónde salió la foto. Puede mostrar otro momento u otro lugar: busca la imagen (búsqueda inversa) antes de tomarla como prueba.',
          },
        }
      : {
          text: { en: 'Who took or supplied it, not when or where', es: 'Quién la tomó o aportó, no cuándo ni dónde' },
          explanation: {
            en: 'Right. The credit names a source but no date or place. Until you know when and where it was taken, the photo illustrates the story without proving it.',
            es: 'Correcto. El crédito nombra una fuente, pero no fecha ni lugar. Mientras no sepas cuándo y dónde se tomó, la foto ilustra la noticia sin probarla.',
          },
        };
    return {
      pattern: 'image-credit',
      skill: 'image-provenance',
      stance: 'doubts',
      prompt: {
        en: `The article's photo is credited ${credit}. What does the credit tell you?`,
        es: `La foto del artículo tiene este crédito: ${credit}. ¿Qué te dice?`,
      },
      key,
      distractors: [
        {
          text: {
            en: 'That it was taken at the events the article reports',
            es: 'Que se tomó durante los hechos que narra el artículo',
          },
          explanation: {
            en: 'A credit names who took or supplied a picture; it does not say the picture shows these events.',
            es: 'Un crédito dice quién tomó o aportó la foto; no dice que muestre estos hechos.',
          },
        },
        outlet && !sentence.includes(outlet)
          ? {
              text: { en: `That ${outlet} took it for this story`, es: `Que ${outlet} la tomó para esta nota` },
              explanation: {
                en: 'The credit names someone else: the picture came from elsewhere, not from the site’s own staff.',
                es: 'El crédito nombra a otra fuente: la foto viene de fuera, no del equipo del propio sitio.',
              },
            }
          : {
              text: { en: 'That the photo has been checked as real', es: 'Que la foto se verificó como auténtica' },
              explanation: {
                en: 'A credit is a label, not a check: it does not say anyone verified what the picture shows.',
                es: 'Un crédito es una etiqueta, no una verificación: no dice que alguien haya comprobado lo que muestra.',
              },
            },
      ],
      explanation: {
        en: 'A photo next to a story is not evidence of it. Read the credit and caption: who supplied it, when and where it was taken. If they don’t say, search for the image elsewhere.',
        es: 'Una foto junto a una noticia no es prueba de ella. Lee el crédito y el pie: quién la aportó, cuándo y dónde se tomó. Si no lo dicen, busca la imagen en otros sitios.',
      },
      check: {
        en: 'Check the credit against the photo on the page: is it a stock or archive picture, and does the caption give a date and place?',
        es: 'Compara el crédito con la foto de la página: ¿es de archivo o de banco de imágenes, y el pie da fecha y lugar?',
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};

export const documentLookup: Pattern = {
  id: 'document-lookup',
  kinds: ['uncited-document'],
  label: { en: 'Finding the document', es: 'Encontrar el documento' },
  write(mark, ctx) {
    const { sentence, cue } = markText(mark, ctx);
    const { outlet } = ctx.facts;
    const name = otherNames(ctx.facts, [], mark.start, 3).find((n) => !sentence.includes(n));
    const doc = quoted(cue, 60);
    const trust: ChoiceDraft | null = outlet
      ? {
          text: { en: `Trust it, since ${outlet} cites it`, es: `Confiar, porque lo cita ${outlet}` },
          explanation: {
            en: `Citing a document is not quoting it accurately. ${outlet} gives no title, section or link here, so read the document yourself.`,
            es: `Citar un documento no es citarlo bien. ${outlet} no da título, artículo ni enlace, así que lee tú el documento.`,
          },
        }
      : name
        ? {
            text: { en: `Ask ${name} what it says`, es: `Preguntar a ${name} qué dice` },
            explanation: {
              en: `${name} is named in the article, but not as an authority on ${doc}. The document itself is the source.`,
              es: `El artículo nombra a ${name}, pero no como autoridad sobre ${doc}. La fuente es el propio documento.`,
            },
          }
        : null;
    if (!trust) return null;
    return {
      pattern: 'document-lookup',
      skill: 'lateral-reading',
      stance: 'neutral',
      prompt: {
        en: `The article says: ${quoted(sentence, 220)} What should you do before relying on the ${doc}?`,
        es: `El artículo dice: ${quoted(sentence, 220)} ¿Qué deberías hacer antes de dar por bueno lo que dice ${doc}?`,
      },
      key: {
        text: { en: 'Find the document and read that part', es: 'Buscar el documento y leer esa parte' },
        explanation: {
          en: `Right. The article gives no title, date or link for ${doc}. Find it (an official site, a library, a database) and read what it says on this point.`,
          es: `Correcto. El artículo no da título, fecha ni enlace de ${doc}. Búscalo (un sitio oficial, una biblioteca, una base de datos) y lee qué dice sobre este punto.`,
        },
      },
      distractors: [
        trust,
        {
          text: {
            en: 'Look for someone’s summary of it on social media',
            es: 'Buscar en redes sociales un resumen de lo que dice',
          },
          explanation: {
            en: 'A summary repeats someone’s reading of the document; the document itself says what it says.',
            es: 'Un resumen repite la lectura que alguien hizo del documento; lo que dice está en el propio documento.',
          },
        },
      ],
      explanation: {
        en: 'When an article leans on a law, study or report without a reference, go to the document: what it says may be narrower, or different.',
        es: 'Cuando un artículo se apoya en una ley, un estudio o un informe sin referencia, ve al documento: puede decir algo más acotado o distinto.',
      },
      check: {
        en: `Check that the article really gives no title, date or link for ${doc}, and that it is a document (not a person's name).`,
        es: `Comprueba que el artículo no da título, fecha ni enlace de ${doc}, y que es un documento (no el nombre de una persona).`,
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};

/** The closing question: who publishes the site, and what to do before sharing. Drafts from the part that names the outlet. */
export const sourceCheck: Pattern = {
  id: 'source-check',
  kinds: [],
  label: { en: 'Who is behind the site', es: 'Quién está detrás del sitio' },
  write(mark, ctx) {
    const { outlet, author } = ctx.facts;
    if (!outlet) return null;
    const byAuthor: ChoiceDraft =
      author && author !== outlet
        ? {
            text: { en: `Check that ${author} signed it`, es: `Ver que lo firma ${author}` },
            explanation: {
              en: `A byline gives a name, not a reason to trust it: look ${author} up elsewhere, as you would the site.`,
              es: `Una firma da un nombre, no un motivo para confiar: busca a ${author} en otros sitios, igual que al medio.`,
            },
          }
        : {
            text: { en: 'See how professional the page looks', es: 'Ver qué tan profesional se ve la página' },
            explanation: {
              en: 'A polished page is easy to make; it says nothing about who is behind it.',
              es: 'Una página cuidada es fácil de hacer; no dice nada de quién está detrás.',
            },
          };
    return {
      pattern: 'source-check',
      skill: 'source-investigation',
      stance: 'neutral',
      prompt: {
        en: `Before you share this article from ${outlet}, what is the best first step?`,
        es: `Antes de compartir este artículo de ${outlet}, ¿cuál es el mejor primer paso?`,
      },
      key: {
        text: { en: `See what other sites say about ${outlet}`, es: `Ver qué dicen otros sitios de ${outlet}` },
        explanation: {
          en: `Right. Fact-checkers read laterally: they leave the page and see what independent sources say about who runs ${outlet} and how reliable it is.`,
          es: `Correcto. Quienes verifican leen en paralelo: salen de la página y ven qué dicen fuentes independientes sobre quién está detrás de ${outlet} y qué tan confiable es.`,
        },
      },
      distractors: [
        {
          text: {
            en: `Read what the “About” page of ${outlet} says`,
            es: `Leer lo que dice “Quiénes somos” de ${outlet}`,
          },
          explanation: {
            en: 'A site’s own “About” page says what it wants you to think. Read it, but check it against what others say.',
            es: 'La página “Quiénes somos” de un sitio dice lo que quiere que pienses. Léela, pero contrástala con lo que dicen otros.',
          },
        },
        byAuthor,
      ],
      explanation: {
        en: 'Before sharing, find out who is behind a source: leave the page and read what others say about it (lateral reading). It takes a minute and catches most unreliable sites.',
        es: 'Antes de compartir, averigua quién está detrás de una fuente: sal de la página y lee qué dicen otros de ella (lectura lateral). Toma un minuto y detecta la mayoría de los sitios poco confiables.',
      },
      check: {
        en: `Check that ${outlet} is the publisher of the page (not a platform, a syndication partner or the author).`,
        es: `Comprueba que ${outlet} es quien publica la página (no una plataforma, un socio que la republica ni el autor).`,
      },
      passage: { start: mark.start, end: mark.end },
      strength: mark.strength,
    };
  },
};
