// Types for the one sentencex function bench/spanish-split-eval.ts measures (the package ships none).
declare module 'sentencex' {
  /** Sentences of `text` in language `lang`, each with its trailing space. */
  export function segment(lang: string, text: string): string[];
}
