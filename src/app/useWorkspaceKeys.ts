/**
 * Page-level keys of the sample workspace: undo/redo (outside text fields, where the browser's own
 * text undo applies), "?" for the shortcuts dialog, and the browser's "leave page?" prompt while
 * staged points are unsubmitted.
 */
import { useEffect } from 'react';

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.matches('input:not([type=checkbox]):not([type=radio]), textarea, select'));

export function useWorkspaceKeys(o: {
  onUndo: () => void;
  onRedo: () => void;
  onHelp: () => void;
  unsavedCount: number;
}) {
  const { onUndo, onRedo, onHelp, unsavedCount } = o;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTextField(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
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
  }, [onUndo, onRedo, onHelp]);

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
