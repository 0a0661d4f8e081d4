'use client';

import { createContext, useContext, type ReactNode } from 'react';

/** What the error page says, translated on the server: the error page needs no translation runtime in the browser. */
export type ErrorTexts = { errorTitle: string; errorBody: string; retry: string; home: string };

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

/** Hands the error page below it its texts. */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

// Outside the provider (the layout always has one) the message keys stand in, as for a missing message.
const keys: ErrorTexts = { errorTitle: 'errors.errorTitle', errorBody: 'errors.errorBody', retry: 'errors.retry', home: 'errors.home' };

/** The error page's texts. */
export function useErrorTexts(): ErrorTexts {
  return useContext(ErrorTextsContext) ?? keys;
}
