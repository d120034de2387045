// Share the page with the score: the system share sheet where there is one, else copy the link, else show it.

import type { Lang } from '../../contract/quiz.ts';
import type { Shared } from '../core/reduce.ts';
import { laterStrings } from '../shared/strings.ts';

type Props = { url: string; title: string; text: string; lang: Lang; shared: Shared; onShared: (s: Shared) => void };

export function ShareButton({ url, title, text, lang, shared, onShared }: Props) {
  const t = laterStrings[lang];
  const share = async () => {
    if (navigator.share) {
      try {
        return await navigator.share({ title, text, url });
      } catch (err) {
        // The reader closed the share sheet: nothing to do. Anything else (no permission in an iframe): fall back.
        if ((err as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(`${text} ${url}`);
      onShared('copied');
    } catch {
      onShared('manual');
    }
  };
  return (
    <>
      <button type="button" class="btn sec" onClick={share}>
        {t.share}
      </button>
      <p class="shared" role="status">
        {shared === 'copied' && t.copied}
        {shared === 'manual' && (
          <>
            {t.copyThis}{' '}
            <input
              class="link"
              aria-label={t.copyThis}
              readOnly
              value={url}
              onFocus={(e) => e.currentTarget.select()}
            />
          </>
        )}
      </p>
    </>
  );
}
