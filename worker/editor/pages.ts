// The editor's two HTML pages: the sign-in form, and the shell the editor's own bundle fills in.

import { html } from 'hono/html';
import type { Lang } from '../../contract/quiz.ts';

const TEXT = {
  en: {
    title: 'Lateral quiz editor',
    signIn: 'Sign in',
    intro: 'Write, check and publish quizzes. Sign in with the editor token your site administrator gave you.',
    token: 'Editor token',
    wrong: 'That token is not right. Check it and try again.',
    ended: 'You have signed out.',
    other: 'Español',
    loading: 'Loading the editor…',
    noscript: 'The editor needs JavaScript.',
  },
  es: {
    title: 'Editor de cuestionarios de Lateral',
    signIn: 'Entrar',
    intro:
      'Escribe, revisa y publica cuestionarios. Entra con el token de editor que te dio quien administra el sitio.',
    token: 'Token de editor',
    wrong: 'Ese token no es correcto. Revísalo y vuelve a intentarlo.',
    ended: 'Has cerrado la sesión.',
    other: 'English',
    loading: 'Cargando el editor…',
    noscript: 'El editor necesita JavaScript.',
  },
} satisfies Record<Lang, Record<string, string>>;

/** No inline script or style anywhere: the editor's files, the widget for the preview, and nothing else. */
export const EDITOR_PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function head(lang: Lang, title: string) {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="color-scheme" content="light">
<title>${title}</title>
<link rel="icon" href="/pages/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/editor/editor.css">`;
}

export function signInPage(lang: Lang, note: 'wrong' | 'ended' | null) {
  const t = TEXT[lang];
  const other: Lang = lang === 'en' ? 'es' : 'en';
  return html`${head(lang, `${t.signIn} · ${t.title}`)}
</head>
<body class="sign-in">
<main class="sign-in-card">
<p class="brand">Lateral</p>
<h1>${t.title}</h1>
<p>${t.intro}</p>
<form method="post" action="/editor/session?lang=${lang}">
<label for="token">${t.token}</label>
<input id="token" name="token" type="password" autocomplete="current-password" required${note === 'wrong' ? html` aria-invalid="true" aria-describedby="token-error"` : ''}>
${note === 'wrong' ? html`<p id="token-error" class="field-error" role="alert">${t.wrong}</p>` : ''}
${note === 'ended' ? html`<p class="note" role="status">${t.ended}</p>` : ''}
<button type="submit" class="primary">${t.signIn}</button>
</form>
<p><a href="/editor?lang=${other}" lang="${other}">${t.other}</a></p>
</main>
</body>
</html>
`;
}

/** The app shell: the bundle reads the language from <html lang> and takes over #editor. */
export function editorShell(lang: Lang) {
  const t = TEXT[lang];
  return html`${head(lang, t.title)}
<script type="module" src="/editor/editor.js"></script>
</head>
<body>
<div id="editor"><p class="loading">${t.loading}</p></div>
<noscript><p>${t.noscript}</p></noscript>
</body>
</html>
`;
}
