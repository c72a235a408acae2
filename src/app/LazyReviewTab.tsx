/**
 * The Review tab in its own chunk (statistics, radial profile, the annotations table and its
 * editing): loaded the first time the tab is shown, and fetched ahead when the page is idle.
 * Same props as `ReviewTab`.
 */
import { type ComponentProps, useState } from 'react';
import { LazySlot, lazyPart, preloadWhenIdle } from '../panels/lazyPart';
import type { ReviewTab as ReviewTabPanels } from './ReviewTab';

const part = lazyPart(() => import('./ReviewTab').then((m) => m.ReviewTab));
preloadWhenIdle(part);

/** Renders nothing until the tab is first shown, then the review (a placeholder meanwhile). */
export function ReviewTab(props: ComponentProps<typeof ReviewTabPanels>) {
  const [shown, setShown] = useState(props.active);
  if (props.active && !shown) setShown(true);
  if (!shown) return null;
  return (
    <LazySlot what="the review">
      <part.Component {...props} />
    </LazySlot>
  );
}
