import { useEffect, useRef, useState } from "react";

/** Below this the charts stop being legible; narrower containers scroll instead. */
export const MIN_CHART_WIDTH = 320;

/**
 * The width of the element behind `ref`, kept current with a ResizeObserver. Starts at
 * `defaultWidth` so the server render and the first client render agree (no hydration
 * mismatch); the measured width arrives in an effect.
 */
export function useContainerWidth<T extends HTMLElement>(defaultWidth: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(defaultWidth);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const update = (measured: number) => {
      // Whole pixels, and only real changes: sub-pixel jitter would re-render for nothing.
      if (measured > 0) setWidth(Math.max(MIN_CHART_WIDTH, Math.floor(measured)));
    };
    update(element.clientWidth);
    const observer = new ResizeObserver((entries) => update(entries[0]?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** False during the server render and hydration, true once the page is interactive. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
