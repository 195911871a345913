import { useCallback, useEffect, useState } from 'react';

/**
 * The address bar's path as state, with a navigate function for links inside the console. Back and forward
 * work because each navigation is a history entry and popstate brings the state back in line.
 */
export function useLocationPath(): [string, (path: string, options?: { replace?: boolean }) => void] {
  const [path, setPath] = useState(() => window.location.pathname);

  useEffect(() => {
    const onPopState = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((next: string, options?: { replace?: boolean }) => {
    if (next !== window.location.pathname) {
      if (options?.replace === true) window.history.replaceState(null, '', next);
      else window.history.pushState(null, '', next);
    }
    setPath(next);
  }, []);

  return [path, navigate];
}
