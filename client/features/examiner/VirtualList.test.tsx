// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { renderForTest, type Rendered } from '../../testing/renderForTest';
import { VirtualList } from './VirtualList';

const items = Array.from({ length: 5000 }, (_, index) => ({ id: index, text: `Entry ${index}` }));

describe('VirtualList', () => {
  let view: Rendered | undefined;
  afterEach(() => {
    view?.unmount();
    view = undefined;
  });

  const rows = () => [...view!.container.querySelectorAll('li')];

  test('with 5,000 entries, only a window of rows is in the DOM, following the newest', async () => {
    view = await renderForTest(
      <VirtualList items={items} rowHeight={20} height={200} itemKey={(item) => item.id} renderItem={(item) => item.text} label="Timeline" />,
    );
    const drawn = rows();
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThanOrEqual(200 / 20 + 2 * 6);
    expect(drawn.at(-1)!.textContent).toBe('Entry 4999');
    expect(drawn.at(-1)!.getAttribute('aria-posinset')).toBe('5000');
    expect(drawn[0]!.getAttribute('aria-setsize')).toBe('5000');
    const spacer = view.container.querySelector('ol')!;
    expect(spacer.style.height).toBe(`${5000 * 20}px`);
  });

  test('scrolling moves the window: the rows drawn are those in view', async () => {
    view = await renderForTest(
      <VirtualList items={items} rowHeight={20} height={200} itemKey={(item) => item.id} renderItem={(item) => item.text} label="Timeline" />,
    );
    const box = view.container.querySelector<HTMLElement>('[role="region"]')!;
    await act(async () => {
      box.scrollTop = 1000 * 20;
      box.dispatchEvent(new Event('scroll'));
    });
    const texts = rows().map((row) => row.textContent);
    expect(texts).toContain('Entry 1000');
    expect(texts).toContain('Entry 1009');
    expect(texts).not.toContain('Entry 4999');
    expect(texts.length).toBeLessThanOrEqual(22);
    const first = rows()[0]!;
    expect(Number.parseInt(first.style.top, 10)).toBe(Number(first.getAttribute('aria-posinset')) * 20 - 20);
  });
});
