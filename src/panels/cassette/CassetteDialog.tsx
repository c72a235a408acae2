/**
 * The cassette import's modal dialog: a title, the steps as its body, and a footer with what
 * stops the import and the action buttons. Focus moves in when it opens and back to the opener
 * when it closes. Escape closes it, except while an import runs (Cancel stops that first).
 */
import { type ReactNode, useEffect, useRef } from 'react';
import './cassette.css';

interface CassetteDialogProps {
  title: string;
  /** False while an import runs: Escape and ✕ do nothing then. */
  canClose: boolean;
  onClose: () => void;
  children: ReactNode;
  /** Buttons that stay in view; null when the body puts its own at its end. */
  footer: ReactNode;
}

export function CassetteDialog({
  title,
  canClose,
  onClose,
  children,
  footer,
}: CassetteDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('.cassette-header h2')?.focus();
    return () => {
      dialog.close();
      opener.current?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="cassette-dialog"
      aria-labelledby="cassette-title"
      onCancel={(e) => {
        // Escape: the browser would close the dialog; the owner decides.
        e.preventDefault();
        if (canClose) onClose();
      }}
    >
      <header className="cassette-header">
        <h2 id="cassette-title" tabIndex={-1}>
          {title}
        </h2>
        <button
          type="button"
          aria-label="Close the cassette import"
          title={canClose ? 'Close (Esc)' : 'Cancel the import first'}
          disabled={!canClose}
          onClick={onClose}
        >
          ✕
        </button>
      </header>
      <div className="cassette-body">{children}</div>
      {footer !== null && <footer className="cassette-footer">{footer}</footer>}
    </dialog>
  );
}
