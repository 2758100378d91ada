/**
 * Resolves once the browser has painted the current frame: work that can wait (a card's details,
 * the address bar) goes after the frame that shows the reader's click took effect, so the click
 * answers at once. A hidden page paints no frames: the timeout covers it.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timeout = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timeout);
        resolve();
      }, 0)
    );
  });
}
