import { getMessages } from 'next-intl/server';

/** The coach namespace as raw templates; the client fills {placeholders} with values only the browser knows. */
export async function getCoachLabels(locale: string): Promise<Record<string, string>> {
  const messages = (await getMessages({ locale })) as { coach: Record<string, string> };
  return messages.coach;
}
