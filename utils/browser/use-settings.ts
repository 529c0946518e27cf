import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../settings';
import { loadSettings, saveSettings, settingsItem, watchSettings } from './settings-storage';

/**
 * The settings hook the entrypoints call: `[settings, update, ready]`. `update` applies at once
 * (local state first, so the reader re-renders without waiting for storage) and persists; the
 * watcher makes a change made in the popup show in an open in-page reader at once, and back.
 * `ready` is false until the stored value has been read. The entrypoints do not wait for it: they
 * render with the defaults and switch to the stored settings when they arrive; tests wait for it.
 */
export function useSettings(item = settingsItem): [Settings, (next: Settings) => void, boolean] {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS });
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let alive = true;
    void loadSettings(item).then((stored) => {
      if (!alive) return;
      setSettings(stored);
      setReady(true);
    });
    const unwatch = watchSettings((next) => alive && setSettings(next), item);
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);

  const update = useCallback((next: Settings) => {
    setSettings(normalizeSettings(next));
    void saveSettings(next, item).catch(() => {
      // Quota or sync errors: the change still applies for this session.
    });
  }, [item]);

  return [settings, update, ready];
}
