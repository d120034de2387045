// The one compromise instance the map uses, with the dates plugin: tagging, sentences and lemmas for English.

import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

export { nlp };
