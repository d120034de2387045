// Entry of editor.js, the quiz editor's own bundle (never part of embed.js): answer the preview's requests, then render.

import { render } from 'preact';
import { isLang } from '../contract/quiz.ts';
import { App } from './app.tsx';
import { installPreviewApi } from './preview-api.ts';
import { currentPreviewQuiz } from './preview-quiz.ts';

const saved = localStorage.getItem('lateral-editor-lang');
const lang = isLang(saved) ? saved : document.documentElement.lang.startsWith('es') ? 'es' : 'en';

installPreviewApi(currentPreviewQuiz);
const root = document.getElementById('editor');
if (root) {
  root.replaceChildren();
  render(<App initialLang={lang} />, root);
}
