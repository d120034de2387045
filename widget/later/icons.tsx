// The two icons that go with "correct" and "wrong" everywhere: always beside the words, never instead of them.

export function Mark({ ok }: { ok: boolean }) {
  return (
    <svg class="ico" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={ok ? 'M3 8.5l3.2 3.2L13 4.8' : 'M4 4l8 8M12 4l-8 8'} />
    </svg>
  );
}
