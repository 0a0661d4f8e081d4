import type messages from '../messages/de.json';

// Types every `t('…')` call against the German messages: a missing or misspelt key fails the type check.
declare module 'next-intl' {
  interface AppConfig {
    Messages: typeof messages;
  }
}
