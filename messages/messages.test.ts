import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a message tree as [dotted key, message]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

/** Every element of a parsed ICU message, the ones inside plural and select branches and inside tags included. */
function elementsOf(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.flatMap((e) => [
    e,
    ...(e.type === TYPE.plural || e.type === TYPE.select ? Object.values(e.options).flatMap((o) => elementsOf(o.value)) : []),
    ...(e.type === TYPE.tag ? elementsOf(e.children) : []),
  ]);
}

/** The argument names an ICU message takes ({name}, {count, plural, …}), not the words inside its branches. */
function argumentsOf(message: string): string[] {
  const names = elementsOf(parse(message)).flatMap((e) =>
    e.type === TYPE.literal || e.type === TYPE.pound || e.type === TYPE.tag ? [] : [e.value],
  );
  return [...new Set(names)].sort();
}

const root = path.resolve(__dirname, '..');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}
const sources = ['app', 'components', 'i18n'].flatMap((dir) => sourceFiles(path.join(root, dir))).map((file) => readFileSync(file, 'utf8'));

/** The namespaces a file translates with, and the string literals (keys) it holds. */
function usage(source: string) {
  const namespaces = new Set<string>();
  for (const m of source.matchAll(/(?:useTranslations|getTranslations)\(\s*(?:'([\w-]+)'|\{[^}]*namespace:\s*'([\w-]+)'[^}]*\})/g)) {
    namespaces.add(m[1] ?? m[2]!);
  }
  // ClientMessages and the layout name namespaces too (the layout's metadata reads «meta»).
  for (const m of source.matchAll(/namespaces=\{\[([^\]]*)\]\}/g)) for (const n of m[1]!.matchAll(/'([\w-]+)'/g)) namespaces.add(n[1]!);
  const literals = new Set([...source.matchAll(/['"`]([\w.-]+)['"`]/g)].map((m) => m[1]!));
  // Keys chosen at run time from a closed union: t(`errors.${code}`), t(`due${due}`), t(notice.kind).
  const prefixes = [...source.matchAll(/`([\w.-]*)\$\{/g)].map((m) => m[1]!);
  return { namespaces, literals, prefixes };
}
const usages = sources.map(usage);

describe('messages', () => {
  it('have the same keys in German and English', () => {
    expect(leaves(en as Tree).map(([key]) => key).sort()).toEqual(leaves(de as Tree).map(([key]) => key).sort());
  });

  it('take the same arguments in both languages', () => {
    const english = new Map(leaves(en as Tree));
    for (const [key, message] of leaves(de as Tree)) {
      expect(argumentsOf(english.get(key) ?? ''), key).toEqual(argumentsOf(message));
    }
  });

  it('write Swiss German: no «ß»', () => {
    for (const [key, message] of leaves(de as Tree)) expect(message, key).not.toContain('ß');
  });

  // The first number or date formatter a page makes loads the runtime's locale data, a long task on a phone. A plain
  // argument is printed as it is passed (String(n)), which is how both languages write the numbers the app passes (see
  // below); dates are written by lib/dates.ts.
  it('format no number or date themselves: no «#», «{n, number}», «{d, date}» or «{t, time}»', () => {
    const formatting = new Set<TYPE>([TYPE.pound, TYPE.number, TYPE.date, TYPE.time]);
    for (const [key, message] of [...leaves(de as Tree), ...leaves(en as Tree)]) {
      expect(elementsOf(parse(message)).filter((e) => formatting.has(e.type)), key).toEqual([]);
    }
  });

  it('print a plain number as de-CH and English write it, for the counts, hours and halves the app passes (below 1000)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1998 }), (halves) => {
        const n = halves / 2;
        expect(String(n)).toBe(new Intl.NumberFormat('de-CH').format(n));
        expect(String(n)).toBe(new Intl.NumberFormat('en').format(n));
      }),
    );
  });

  it('are each read somewhere in the app', () => {
    const unused = leaves(de as Tree)
      .map(([key]) => key)
      .filter((key) => {
        const [namespace, ...rest] = key.split('.');
        const local = rest.join('.');
        return !usages.some(
          (u) =>
            u.namespaces.has(namespace!) &&
            // a key picked at run time from a closed union (typed, so only real keys compile) is read by its prefix
            (u.literals.has(local) || u.prefixes.some((p) => p !== '' && local.startsWith(p))),
        );
      });
    expect(unused).toEqual([]);
  });
});

describe('argumentsOf', () => {
  it('finds plain and plural arguments, not the words of a branch', () => {
    expect(argumentsOf('Check vom {date}')).toEqual(['date']);
    expect(argumentsOf('{count, plural, one {{count} Aussage} other {{count} Aussagen von {total}}}')).toEqual(['count', 'total']);
    expect(argumentsOf('keine')).toEqual([]);
    expect(argumentsOf('Sie haben {count, plural, one {{count} Frage} other {<b>{count}</b> Fragen}} von {total}')).toEqual(['count', 'total']);
  });
});
