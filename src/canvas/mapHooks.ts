/**
 * Small hooks of the sample map: the container's size, the space bar held for panning, and
 * centring on a requested point.
 */
import { type Dispatch, type SetStateAction, useEffect, useRef, useState } from 'react';
import {
  panBy,
  type SampleView,
  type StageTransform,
  sampleMmToContainerPx,
} from '../domain/frames/view';
import type { FocusRequest } from './mapTypes';

export type { FocusRequest };

/** Size (whole px) of the element behind `ref`, following resizes. */
export function useElementSize<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setSize({ width: Math.floor(width), height: Math.floor(height) });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, ...size };
}

/** Space held down (outside text fields) turns any drag into a pan. */
export function useSpaceHeld() {
  const held = useRef(false);
  useEffect(() => {
    const typing = (e: globalThis.KeyboardEvent) =>
      e.target instanceof HTMLElement && e.target.matches('input, textarea, select, button');
    const down = (e: globalThis.KeyboardEvent) => {
      if (e.code === 'Space' && !typing(e)) held.current = true;
    };
    const up = (e: globalThis.KeyboardEvent) => {
      if (e.code === 'Space') held.current = false;
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, []);
  return () => held.current;
}

/**
 * Pan (keeping the zoom) so the requested point is in the middle of the map, once per nonce:
 * a later resize re-fits the view and must not jump back to an old request.
 */
export function useFocusRequest(
  focus: FocusRequest | null,
  view: SampleView | null,
  width: number,
  height: number,
  setTransform: Dispatch<SetStateAction<StageTransform>>,
) {
  const handled = useRef<number | null>(null);
  useEffect(() => {
    if (!focus || !view || handled.current === focus.nonce) return;
    handled.current = focus.nonce;
    setTransform((t) => {
      const at = sampleMmToContainerPx(view, t, focus);
      return panBy(t, width / 2 - at.xPx, height / 2 - at.yPx);
    });
  }, [focus, view, width, height, setTransform]);
}
