/** The open sample lives in the URL as `?sample=<id>`, so a link reopens it. */
import { useCallback, useEffect, useState } from 'react';

const read = () => new URLSearchParams(window.location.search).get('sample');

export function useSampleParam() {
  const [sampleId, setSampleId] = useState<string | null>(read);
  useEffect(() => {
    const onPop = () => setSampleId(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const select = useCallback((id: string | null) => {
    const url = new URL(window.location.href);
    if (id) url.searchParams.set('sample', id);
    else url.searchParams.delete('sample');
    window.history.pushState(null, '', url);
    setSampleId(id);
  }, []);
  return [sampleId, select] as const;
}
