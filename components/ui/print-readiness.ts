'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { afterNextPaint } from './use-after-paint';

/*
 * Parts of a page whose code is fetched late (after the first screen, or as they near the screen) hold printing until
 * they are on the page: paper needs them all, also those the reader never scrolled to. Printing asks for every part here
 * and waits until none holds it any more.
 */

let wanted = false;
const listeners = new Set<() => void>();
/** Parts on the page that are not there yet. */
let holding = 0;
let whenReady: (() => void)[] = [];
let listening = false;

/** The longest printing waits for the parts before it prints without the missing ones. */
const PRINT_WAIT_MS = 4000;

/** The browser's print shortcut and its own print (from the menu) are watched once anything on the page depends on printing. */
function listen() {
  if (listening) return;
  listening = true;
  window.addEventListener('keydown', onKeyDown);
  // A print from the browser's menu cannot wait: it still asks for the parts, for the next print.
  window.addEventListener('beforeprint', wantAll);
}

function subscribe(listener: () => void): () => void {
  listen();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function wantAll() {
  if (wanted) return;
  wanted = true;
  for (const listener of listeners) listener();
}

/** True once printing asked for every part of the page, wherever it is. */
export function usePrintWanted(): boolean {
  return useSyncExternalStore(subscribe, () => wanted, () => false);
}

/** A frame and the task after it: the effects of what the frame shows have run (a part that arrived may hold anew). */
const settled = () => new Promise<void>((resolve) => void afterNextPaint(resolve));

/** Prints the page once every part that holds printing is there (or after PRINT_WAIT_MS): what the print buttons call. */
export async function printWhenReady(): Promise<void> {
  wantAll();
  const deadline = Date.now() + PRINT_WAIT_MS;
  for (;;) {
    if (holding > 0) {
      await new Promise<void>((resolve) => {
        whenReady.push(resolve);
        window.setTimeout(resolve, Math.max(0, deadline - Date.now()));
      });
    }
    // A part that arrives can bring its own late part (the chart's frame, then its drawing): look again once it is laid out.
    await settled();
    if (holding === 0 || Date.now() >= deadline) break;
  }
  window.print();
}

/** The browser's own print shortcut goes the same way while a part is missing, so the paper gets it. */
function onKeyDown(event: KeyboardEvent) {
  if (holding === 0 || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p') return;
  event.preventDefault();
  void printWhenReady();
}

function hold(): () => void {
  listen();
  holding += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holding -= 1;
    if (holding > 0) return;
    const resolve = whenReady;
    whenReady = [];
    for (const done of resolve) done();
  };
}

/** Holds printing while `ready` is false (and the component is on the page). */
export function useHoldPrint(ready: boolean) {
  useEffect(() => (ready ? undefined : hold()), [ready]);
}
