// The article with the map's marks: filter them by skill, click one to draft a question, or quote any selection.

import { useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../contract/article.ts';
import type { QuizFile } from '../contract/quiz.ts';
import { SKILL_LABELS, type Skill } from '../contract/skills.ts';
import { useEditor } from './context.ts';
import type { Mark } from './reading-map.ts';

type Segment = { start: number; end: number; marks: Mark[] };

/** Cuts one line of the article at every mark boundary, so overlapping marks never nest elements. */
function segments(lineStart: number, lineEnd: number, marks: Mark[]): Segment[] {
  const inside = marks.filter((m) => m.start < lineEnd && m.end > lineStart);
  const cuts = new Set([lineStart, lineEnd]);
  for (const m of inside) {
    if (m.start > lineStart) cuts.add(m.start);
    if (m.end < lineEnd) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((start, i) => {
    const end = points[i + 1] ?? lineEnd;
    return { start, end, marks: inside.filter((m) => m.start <= start && m.end >= end) };
  });
}

/** The article offset of a point in the rendered text: every text run sits alone in an element with data-at. */
function offsetOf(node: Node | null, offset: number): number | null {
  const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
  const holder = element?.closest<HTMLElement>('[data-at]');
  if (!holder || node?.nodeType !== Node.TEXT_NODE) return null;
  return Number(holder.dataset.at) + offset;
}

/** The selected stretch of the article, trimmed of surrounding spaces; null when nothing (or not the article) is selected. */
export function selectedRange(root: HTMLElement, text: string): { start: number; end: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  let start = offsetOf(range.startContainer, range.startOffset);
  let end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

export function ArticleView({
  article,
  marks,
  quiz,
  onDraft,
}: {
  article: Article;
  marks: Mark[];
  quiz: QuizFile;
  onDraft: (passage: string, mark?: Mark, range?: { start: number; end: number }) => void;
}) {
  const { t, lang } = useEditor();
  const [filter, setFilter] = useState<Skill | 'all'>('all');
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const root = useRef<HTMLElement>(null);
  const text = article.text;

  const bySkill = useMemo(() => {
    const counts = new Map<Skill, number>();
    for (const m of marks) counts.set(m.skill, (counts.get(m.skill) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  }, [marks]);
  const shown = useMemo(() => (filter === 'all' ? marks : marks.filter((m) => m.skill === filter)), [marks, filter]);
  const quoted = new Set(quiz.questions.map((q) => q.passage.text));
  /** Lines of text cut at mark boundaries; each mark's button goes under the line where it starts. */
  const layout = useMemo(() => {
    const lines: { start: number; pieces: Segment[] }[] = [];
    const re = /[^\n]+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].trim()) lines.push({ start: m.index, pieces: segments(m.index, m.index + m[0].length, shown) });
    }
    const chipAt = new Map<Mark, number>();
    for (const line of lines) {
      for (const piece of line.pieces)
        for (const mark of piece.marks) if (!chipAt.has(mark)) chipAt.set(mark, piece.start);
    }
    return { lines, chipAt };
  }, [text, shown]);

  const passageOf = (m: Mark) => text.slice(m.start, m.end).trim();
  const draftFrom = (m: Mark) => onDraft(passageOf(m), m);
  /** A click on highlighted words drafts from the shortest mark there: the most precise passage. */
  const innermost = (ms: Mark[]) => [...ms].sort((a, b) => a.end - a.start - (b.end - b.start))[0];

  const track = () => setSelection(root.current ? selectedRange(root.current, text) : null);

  return (
    <section class="article-view" aria-labelledby="article-view-title">
      <div class="article-tools">
        <h2 id="article-view-title">{t.theArticle}</h2>
        <div class="field inline">
          <label for="mark-filter">{t.showMarks}</label>
          <select id="mark-filter" value={filter} onChange={(e) => setFilter(e.currentTarget.value as Skill | 'all')}>
            <option value="all">{`${t.allSkills} (${marks.length})`}</option>
            {bySkill.map(([skill, n]) => (
              <option key={skill} value={skill}>{`${SKILL_LABELS[skill][lang]} (${n})`}</option>
            ))}
          </select>
        </div>
        <button
          type="button"
          class="secondary"
          disabled={!selection}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            if (!selection) return;
            onDraft(text.slice(selection.start, selection.end), undefined, selection);
            document.getSelection()?.removeAllRanges();
            setSelection(null);
          }}
        >
          {t.quoteSelection}
        </button>
      </div>
      <p class="hint">{marks.length ? t.marksHelp : t.noMarksHelp}</p>
      <section
        class="article-text"
        ref={root}
        onMouseUp={track}
        onKeyUp={track}
        lang="en"
        aria-label={t.articleTextLabel}
      >
        {layout.lines.map((line) => {
          const starting = line.pieces.flatMap((piece) =>
            piece.marks.filter((m) => layout.chipAt.get(m) === piece.start),
          );
          return (
            <div key={line.start} class="article-line">
              <p>
                {line.pieces.map((piece) => {
                  const content = text.slice(piece.start, piece.end);
                  return piece.marks.length ? (
                    // Mouse convenience; the buttons under the paragraph are the way to the same action by keyboard.
                    // biome-ignore lint/a11y/useKeyWithClickEvents: the reason buttons below are the keyboard equivalent
                    <mark
                      key={piece.start}
                      data-at={piece.start}
                      class={`mark${piece.marks.some((m) => quoted.has(passageOf(m))) ? ' used' : ''}`}
                      title={piece.marks.map((m) => m.reason[lang]).join(' · ')}
                      onClick={() => {
                        const m = innermost(piece.marks);
                        if (m && document.getSelection()?.isCollapsed !== false) draftFrom(m);
                      }}
                    >
                      {content}
                    </mark>
                  ) : (
                    <span key={piece.start} data-at={piece.start}>
                      {content}
                    </span>
                  );
                })}
              </p>
              {starting.length ? (
                <ul class="mark-reasons" lang={lang}>
                  {starting.map((m) => {
                    const used = quoted.has(passageOf(m));
                    return (
                      <li key={`${m.start}-${m.end}-${m.kind}`}>
                        <button
                          type="button"
                          class={`mark-chip${used ? ' used' : ''}`}
                          data-kind={m.kind}
                          onClick={() => draftFrom(m)}
                        >
                          <span class="sr-only">{`${t.draftFromMark}: `}</span>
                          <span aria-hidden="true" class="plus">
                            {used ? <CheckIcon /> : '+'}
                          </span>{' '}
                          {m.reason[lang]} <span class="mark-skill">({SKILL_LABELS[m.skill][lang]})</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </div>
          );
        })}
      </section>
    </section>
  );
}

/** Drawn, not a character: a check mark glyph is missing from some systems' fonts. */
function CheckIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M1.5 6.5 4.5 9.5 10.5 2.5" fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
  );
}
