/**
 * The map's keyboard: arrows nudge the selected staged points (by the snap step, Shift × 10)
 * or move the keyboard cursor when nothing is selected; Enter places at the cursor; Delete
 * removes the selection, Escape clears it; + − 0 zoom and fit; n / p select the next or
 * previous staged point. The cursor shows while the map has keyboard focus (focused from the
 * keyboard, or a key used since), not after a mere click.
 */
import { type FocusEvent, type KeyboardEvent, useState } from 'react';
import type { PointMm } from '../domain/geometry/point';
import { nudgeStepMm, snapPoint } from '../domain/staging/snap';
import type { MapStagedPoint, SelectMode } from './mapTypes';

interface MapKeyboardOptions {
  staged: readonly MapStagedPoint[];
  selectedIds: ReadonlySet<string>;
  snapStepMm: number;
  /** Place at a point (snapped, inside-outline check included). */
  placeAt: (mm: PointMm) => void;
  onSelect: (ids: string[], mode: SelectMode) => void;
  onMoveSelection: (ids: string[], dxMm: number, dyMm: number) => void;
  onDeleteSelection: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  /** The cursor moved (for the cursor read-out). */
  onCursor: (mm: PointMm) => void;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** Key handling and the keyboard cursor; spread `handlers` on the map's focusable element. */
export function useMapKeyboard(o: MapKeyboardOptions) {
  const [cursor, setCursor] = useState<PointMm | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  const origin = { xMm: 0, yMm: 0 };

  const nudgeSelection = (dir: [number, number], shift: boolean) => {
    const step = nudgeStepMm(o.snapStepMm, shift);
    let dxMm = dir[0] * step;
    let dyMm = dir[1] * step;
    const anchor = o.staged.find((p) => o.selectedIds.has(p.id));
    if (anchor && o.snapStepMm > 0) {
      // With snap on, the first selected point lands on the grid (an off-grid point 4.1 goes
      // to 5, not 5.1); the rest of the selection keeps its shape.
      const to = snapPoint({ xMm: anchor.xMm + dxMm, yMm: anchor.yMm + dyMm }, o.snapStepMm);
      dxMm = to.xMm - anchor.xMm;
      dyMm = to.yMm - anchor.yMm;
    }
    o.onMoveSelection([...o.selectedIds], dxMm, dyMm);
  };

  const moveCursor = (dir: [number, number], shift: boolean) => {
    // The cursor crosses a wafer in tens of presses, not thousands: 1 mm (Shift 10 mm) unless
    // a snap grid sets the step; the read-out follows it.
    const step = nudgeStepMm(o.snapStepMm > 0 ? o.snapStepMm : 1, shift);
    const from = snapPoint(cursor ?? origin, o.snapStepMm);
    const next = { xMm: from.xMm + dir[0] * step, yMm: from.yMm + dir[1] * step };
    setCursor(next);
    o.onCursor(next);
  };

  const selectStep = (delta: number) => {
    const n = o.staged.length;
    if (n === 0) return;
    const current = o.staged.findIndex((p) => o.selectedIds.has(p.id));
    const next = current < 0 && delta < 0 ? n - 1 : (current + delta + n) % n;
    const id = o.staged[next]?.id;
    if (id) o.onSelect([id], 'replace');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const dir = ARROWS[e.key];
    if (dir) {
      e.preventDefault();
      setKeyboard(true);
      if (o.selectedIds.size > 0) nudgeSelection(dir, e.shiftKey);
      else moveCursor(dir, e.shiftKey);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const action = keyAction(e.key);
    if (!action) return;
    e.preventDefault();
    setKeyboard(true);
    action();
  };

  /** What a key other than an arrow does, or null when the map does not use it. */
  function keyAction(key: string): (() => void) | null {
    switch (key) {
      case 'Enter':
        return () => o.placeAt(cursor ?? origin);
      case 'Delete':
      case 'Backspace':
        return o.onDeleteSelection;
      case 'Escape':
        return () => o.onSelect([], 'replace');
      case '+':
      case '=':
        return o.zoomIn;
      case '-':
        return o.zoomOut;
      case '0':
        return o.fit;
      case 'n':
        return () => selectStep(1);
      case 'p':
        return () => selectStep(-1);
      default:
        return null;
    }
  }

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    let visible = false;
    try {
      visible = e.currentTarget.matches(':focus-visible');
    } catch {
      // A browser without :focus-visible: the cursor shows from the first key.
    }
    if (visible) setKeyboard(true);
  };

  return {
    /** The keyboard cursor, while the map has keyboard focus. */
    cursor: keyboard ? (cursor ?? origin) : null,
    handlers: { onKeyDown, onFocus, onBlur: () => setKeyboard(false) },
  };
}
