/** The share code travels in the URL fragment, which browsers never send to a server. */
const FRAGMENT = /^#r=(.*)$/s;

/** Reads the share code from a URL fragment ("#r=…"), or null when the fragment holds none. Never throws. */
export function readShareFragment(hash: string): string | null {
  const match = FRAGMENT.exec(hash);
  return match ? match[1]! : null;
}
