// A failure the reader can act on: what happened in plain words, and the button that fixes it unless one nearby does.

type Props = { message: string; action?: string; onAction?: () => void };

export function ErrorNote({ message, action, onAction }: Props) {
  return (
    <div class="err" role="alert">
      <p>{message}</p>
      {action && onAction && (
        <button type="button" class="btn sec" onClick={onAction}>
          {action}
        </button>
      )}
    </div>
  );
}
