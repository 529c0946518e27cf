import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded the first time `wanted` is true, then kept: null until it has arrived. Views
 * most readers never open (settings, failure screens, read aloud, export) load this way, so the
 * popup's own script stays small and the article shows sooner.
 */
export function useLazyModule<T extends object>(load: () => Promise<T>, wanted: boolean): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    if (!wanted || loaded) return undefined;
    let alive = true;
    void load().then((module) => {
      if (alive) setLoaded(module);
    });
    return () => {
      alive = false;
    };
    // `load` is a fresh arrow on every render; the module it names does not change.
  }, [wanted, loaded]);
  return loaded;
}
