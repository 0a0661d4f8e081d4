import { notFound } from 'next/navigation';

/** Any path under a locale that no route claims: the localized not-found page, with a 404 status. */
export default function UnknownPage() {
  notFound();
}
