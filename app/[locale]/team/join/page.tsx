import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/lib/content-schema';
import { JoinView } from './_components/join-view';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'team' });
  return { title: t('join.title') };
}

export default async function TeamJoinPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <ClientMessages namespaces={['team', 'storage']}>
      <JoinView />
    </ClientMessages>
  );
}
