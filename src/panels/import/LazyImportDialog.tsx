/**
 * The import dialog in its own chunk (file settings, column mapping, checks), loaded when it is
 * first opened and fetched ahead when the page is idle. Once loaded it stays mounted, so closing
 * it returns focus to its opener as before. Same props as `ImportDialog`.
 */
import { useEffect, useRef, useState } from 'react';
import { LazySlot, lazyPart, preloadWhenIdle } from '../lazyPart';
import type { ImportDialogProps } from './ImportDialog';

const part = lazyPart(() => import('./ImportDialog').then((m) => m.ImportDialog));
preloadWhenIdle(part);

/** Nothing until first opened; then the dialog (a placeholder while its chunk loads). */
export function ImportDialog(props: ImportDialogProps) {
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  useReturnFocus(props.open);
  if (!opened) return null;
  return (
    <LazySlot what="the import" placeholder={props.open ? 'overlay' : 'none'}>
      <part.Component {...props} />
    </LazySlot>
  );
}

/**
 * Focus back to what opened the dialog when it closes. The dialog does this itself, but when
 * its chunk arrives after the side panel went inert, the opener had already lost focus by the
 * time the dialog could note it; noted here, in the same commit as the opening, it is not.
 */
function useReturnFocus(open: boolean) {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (open) {
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      return;
    }
    const target = opener.current;
    opener.current = null;
    // Runs after the dialog's own effects: only when they left focus nowhere (or in the
    // dialog just closed, which the browser moves it out of only later).
    const lost =
      active === null || active === document.body || active.closest('dialog:not([open])') !== null;
    if (target?.isConnected && lost) target.focus();
  }, [open]);
}
