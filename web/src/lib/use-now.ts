import { useEffect, useState } from 'react';
import { currentTimeMs } from './clock.js';

/** The current time in epoch ms, refreshed every `intervalMs` while the component is mounted. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(currentTimeMs);
  useEffect(() => {
    const timer = setInterval(() => setNow(currentTimeMs()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
