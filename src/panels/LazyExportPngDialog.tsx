/**
 * The PNG export dialog in its own chunk, loaded when first opened. Same props as
 * `ExportPngDialog`; the image composition it triggers is loaded on export (useMapExport).
 */
import { type ComponentProps, useState } from 'react';
import type { ExportPngDialog as ExportPngDialogPanel } from './ExportPngDialog';
import { LazySlot, lazyPart } from './lazyPart';

const part = lazyPart(() => import('./ExportPngDialog').then((m) => m.ExportPngDialog));

/** Nothing until first opened; then the dialog (a placeholder while its chunk loads). */
export function ExportPngDialog(props: ComponentProps<typeof ExportPngDialogPanel>) {
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <LazySlot what="the PNG export" placeholder={props.open ? 'overlay' : 'none'}>
      <part.Component {...props} />
    </LazySlot>
  );
}
