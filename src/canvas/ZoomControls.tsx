/** Zoom buttons over the map: in, out, fit, and the current zoom factor. */
interface ZoomControlsProps {
  scale: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}

/** The buttons and the zoom factor read-out (×1.0 = the whole sample fitted). */
export function ZoomControls({ scale, onZoomIn, onZoomOut, onFit }: ZoomControlsProps) {
  return (
    <div className="zoom-controls">
      <button type="button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" onClick={onFit} title="Fit the sample and any points beyond it (0)">
        Fit
      </button>
      <span className="zoom-level" aria-live="off">
        ×{scale < 10 ? scale.toFixed(1) : scale.toFixed(0)}
      </span>
    </div>
  );
}
