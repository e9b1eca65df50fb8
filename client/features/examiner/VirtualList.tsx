import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

type VirtualListProps<T> = {
  items: readonly T[];
  /** Every row has this height in px (the list's CSS must keep it). */
  rowHeight: number;
  /** Height of the scrolling box in px. */
  height: number;
  itemKey: (item: T) => string | number;
  renderItem: (item: T) => ReactNode;
  label: string;
  /** Rows drawn above and below the visible window. */
  overscan?: number;
};

/**
 * A long list that stays smooth: only the rows in view (and a few around them) are in the DOM,
 * placed in a spacer as tall as the whole list. While the reader is at the bottom it follows the
 * newest row; once they scroll up it stays where they are.
 */
export function VirtualList<T>({ items, rowHeight, height, itemKey, renderItem, label, overscan = 6 }: VirtualListProps<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const following = useRef(true);
  const total = items.length * rowHeight;

  useLayoutEffect(() => {
    const element = box.current;
    if (!element || !following.current) return;
    const bottom = Math.max(0, total - height);
    element.scrollTop = bottom;
    setScrollTop(bottom);
  }, [total, height]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const onScroll = () => {
      setScrollTop(element.scrollTop);
      following.current = element.scrollTop + height >= element.scrollHeight - rowHeight;
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [height, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const visible = items.slice(first, last);

  return (
    // Focusable so that the keyboard can scroll it.
    <div ref={box} className="virtual-list" style={{ height, overflowY: 'auto' }} tabIndex={0} role="region" aria-label={label}>
      <ol className="virtual-list__spacer" style={{ height: total, position: 'relative', margin: 0, padding: 0 }}>
        {visible.map((item, offset) => (
          <li
            key={itemKey(item)}
            className="virtual-list__row"
            aria-setsize={items.length}
            aria-posinset={first + offset + 1}
            style={{ position: 'absolute', top: (first + offset) * rowHeight, height: rowHeight, left: 0, right: 0, listStyle: 'none' }}
          >
            {renderItem(item)}
          </li>
        ))}
      </ol>
    </div>
  );
}
