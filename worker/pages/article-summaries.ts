// Short, neutral summaries of each quiz's source for the demo page: a summary, never the article's own text.

/**
 * Keyed by quiz id; a quiz without one shows its intro instead. Claims are attributed to the piece,
 * and the summary stays clear of what the questions ask, so it does not give answers away.
 */
export const ARTICLE_SUMMARIES: Record<string, string[]> = {
  'trump-mexico-troops': [
    'The post says that Donald Trump claimed Mexico had agreed to let US troops enter the country to fight drug cartels, and that a plan to do so had been "approved". It reports that President Claudia Sheinbaum denied any such agreement, pointing to Mexico\'s sovereignty and its constitution.',
    'The rest of the piece covers past security cooperation between the two countries, such as the Mérida Initiative, reasons Mexico rejects a foreign military presence, reactions on both sides of the border, and alternatives to military action.',
  ],
};
