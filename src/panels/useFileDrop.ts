/**
 * Files dropped on an element: `dragging` while files are held over it (for a drop-zone style
 * via `data-dragging`), and the handlers to spread on it. Drags of anything but files (text,
 * links) are left to the browser. A drop is not passed on to outer drop zones (the map's).
 */
import { type DragEvent, useState } from 'react';

const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

export function useFileDrop(onFiles: (files: File[]) => void) {
  const [dragging, setDragging] = useState(false);
  const dropProps = {
    'data-dragging': dragging || undefined,
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (e.currentTarget === e.target) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      setDragging(false);
      if (e.dataTransfer.files.length > 0) onFiles([...e.dataTransfer.files]);
    },
  };
  return { dragging, dropProps };
}
