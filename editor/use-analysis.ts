// The door to analysis.ts: loaded on demand, so the editor's first screen never waits for the reading map.

import { useEffect, useState } from 'preact/hooks';

export type Analysis = typeof import('./analysis.ts');

/** The analysis chunk; the browser fetches it once, and a failed fetch is tried again on the next call. */
export function loadAnalysis(): Promise<Analysis> {
  return import('./analysis.ts');
}

/** The analysis module once `wanted` (there is an article) and loaded; `failed` until a retry when it could not be. */
export function useAnalysis(wanted: boolean): { analysis: Analysis | null; failed: boolean; retry: () => void } {
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [failed, setFailed] = useState(false);
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (!wanted || analysis) return;
    let live = true;
    loadAnalysis().then(
      (loaded) => live && setAnalysis(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [wanted, analysis, tries]);
  return {
    analysis,
    failed,
    retry: () => {
      setFailed(false);
      setTries((n) => n + 1);
    },
  };
}
