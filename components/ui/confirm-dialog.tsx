'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The one confirmation every destructive action asks: a modal native dialog with a title, what will happen,
 * «cancel» (focused first, so Enter never destroys anything), an optional extra action such as «export first»,
 * and the action itself. Escape and cancel both close it without acting.
 */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onClose,
  extraAction,
}: {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  extraAction?: { label: string; onClick: () => void };
}) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} onClose={onClose}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`} className="dialog__body">
        {typeof body === 'string' ? <p>{body}</p> : body}
      </div>
      <form method="dialog" className="button-row">
        <button type="submit" className="button button--secondary" autoFocus>
          {cancelLabel}
        </button>
        {extraAction && (
          <button type="button" className="button button--secondary" onClick={extraAction.onClick}>
            {extraAction.label}
          </button>
        )}
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            onConfirm();
            ref.current?.close();
          }}
        >
          {confirmLabel}
        </button>
      </form>
    </dialog>
  );
}
