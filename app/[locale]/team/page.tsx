import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/lib/content-schema';
import { teamContent } from './_components/team-content';
import { TeamView } from './_components/team-view';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'team' });
  return { title: t('list.title') };
}

export default async function TeamPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <ClientMessages namespaces={['team', 'storage']}>
      <TeamView content={teamContent(locale)} locale={locale} />
    </ClientMessages>
  );
}
