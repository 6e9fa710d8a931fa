/**
 * Quick exit is never covered (SAFETY.md rule 4): no banner, prompt or dialog of the app
 * may draw above it. The strip has the highest z-index there is; this checks that every
 * other z-index in the app's styles is lower, and that nothing uses the browser's top
 * layer (a modal <dialog>, a popover, full screen), which would cover any z-index. The
 * e2e suite checks the same in Chromium with the idle countdown open (tablet.spec.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../../src');
const QUICK_EXIT_CSS = path.join(SRC, 'features/prevention/quick-exit.css');

function files(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full, extensions);
    return extensions.some((extension) => entry.name.endsWith(extension)) ? [full] : [];
  });
}

/** Each `z-index` declaration of a stylesheet with the selector it belongs to. */
function zIndexes(file: string): { selector: string; value: number }[] {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].flatMap(([, selector = '', body = '']) =>
    [...body.matchAll(/z-index\s*:\s*(-?\d+)/g)].map(([, value]) => ({ selector: selector.trim(), value: Number(value) })),
  );
}

describe('the quick-exit strip', () => {
  const strip = zIndexes(QUICK_EXIT_CSS).find((rule) => rule.selector === '.quick-exit-bar');

  it('has the highest z-index a browser allows', () => {
    expect(strip?.value).toBe(2_147_483_647);
  });

  it('is above every other z-index of the app (update prompt, dialogs, alerts, banners)', () => {
    const others = files(SRC, ['.css']).flatMap((file) =>
      zIndexes(file)
        .filter((rule) => !(file === QUICK_EXIT_CSS && rule.selector === '.quick-exit-bar'))
        .map((rule) => ({ ...rule, file: path.relative(SRC, file) })),
    );
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((rule) => rule.value >= (strip?.value ?? 0))).toEqual([]);
  });

  it('is not covered by the top layer: no modal <dialog>, popover or full screen anywhere in the app', () => {
    const offenders = files(SRC, ['.ts', '.tsx']).flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return [/\.showModal\s*\(/, /\bpopover\s*=/, /\.showPopover\s*\(/, /requestFullscreen\s*\(/]
        .filter((pattern) => pattern.test(code))
        .map((pattern) => `${path.relative(SRC, file)}: ${pattern.source}`);
    });
    expect(offenders).toEqual([]);
  });
});
