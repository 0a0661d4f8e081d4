'use client';

/*
 * A radar's drawing (recharts) is fetched when its frame nears the screen. Paper needs every drawing, also one the reader
 * never scrolled to: printing asks for all of them here and waits until each frame on the page has its drawing.
 */

let wanted = false;
const listeners = new Set<() => void>();
/** Frames on the page still without their drawing. */
let waiting = 0;
let whenDrawn: (() => void)[] = [];
let listening = false;

/** The longest printing waits for the drawings before it prints without the missing ones. */
const PRINT_WAIT_MS = 4000;

export function subscribeToChartDemand(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once something (printing) wants every drawing on the page, wherever it is. */
export const chartsWanted = () => wanted;

function wantCharts() {
  if (wanted) return;
  wanted = true;
  for (const listener of listeners) listener();
}

/** Prints the page once every chart on it is drawn (or after PRINT_WAIT_MS): what the print buttons call. */
export async function printWithCharts(): Promise<void> {
  wantCharts();
  if (waiting > 0) {
    await new Promise<void>((resolve) => {
      whenDrawn.push(resolve);
      window.setTimeout(resolve, PRINT_WAIT_MS);
    });
  }
  // One frame, so the last drawing is laid out before the page is paginated.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  window.print();
}

/** The browser's own print shortcut goes the same way while a drawing is missing, so the paper gets the chart. */
function onKeyDown(event: KeyboardEvent) {
  if (waiting === 0 || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p') return;
  event.preventDefault();
  void printWithCharts();
}

/**
 * Registers a frame without its drawing; the returned function says the drawing is there (or the frame is gone).
 * A print started from the browser's menu cannot wait: it still asks for the drawings, for the next print.
 */
export function awaitDrawing(): () => void {
  if (!listening) {
    listening = true;
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('beforeprint', wantCharts);
  }
  waiting += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    waiting -= 1;
    if (waiting > 0) return;
    const resolve = whenDrawn;
    whenDrawn = [];
    for (const done of resolve) done();
  };
}
