/**
 * Page-level keys of the sample workspace: undo/redo of staged points (outside text fields, where
 * the browser's own text undo applies, except in an empty field, where there is no text to undo,
 * as in the Value field right after staging), Ctrl/Cmd+Enter to submit, "?" for the shortcuts
 * dialog, and the browser's "leave page?" prompt while staged points are unsubmitted.
 */
import { useEffect } from 'react';

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.matches('input:not([type=checkbox]):not([type=radio]), textarea, select'));

const hasText = (target: EventTarget | null) =>
  (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) &&
  target.value !== '';

export function useWorkspaceKeys(o: {
  onUndo: () => void;
  onRedo: () => void;
  onHelp: () => void;
  onSubmit: () => void;
  unsavedCount: number;
}) {
  const { onUndo, onRedo, onHelp, onSubmit, unsavedCount } = o;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key === 'Enter') {
        e.preventDefault();
        onSubmit();
        return;
      }
      if (isTextField(e.target) && (hasText(e.target) || !mod)) return;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) onRedo();
        else onUndo();
      } else if (mod && key === 'y') {
        e.preventDefault();
        onRedo();
      } else if (e.key === '?' && !mod) {
        e.preventDefault();
        onHelp();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onUndo, onRedo, onHelp, onSubmit]);

  useEffect(() => {
    if (unsavedCount === 0) return;
    const onLeave = (e: BeforeUnloadEvent) => {
      // Drafts survive a reload anyway; the prompt guards against closing the tab by mistake.
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [unsavedCount]);
}
