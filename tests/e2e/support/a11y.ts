/**
 * Checks of the accessibility spec (issue 8) that axe does not make: target sizes, a
 * visible focus indicator, and keyboard-only movement. Functions passed to
 * `page.evaluate` are serialised: they use nothing from this module's scope.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const MIN_TARGET_PX = 44;

/** Every route path declared in src/app/routes.ts, read from the file so a new route cannot be missed. */
export function declaredRoutes(): string[] {
  const source = readFileSync('src/app/routes.ts', 'utf8');
  return [...source.matchAll(/\{\s*path:\s*'([^']+)'/g)].map((match) => match[1] ?? '');
}

/** The rules broken on the current screen, one line per rule (empty when none). */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // From the top: further down, the header's controls sit under the sticky quick-exit
  // strip, which axe's target-size rule reads as overlap (see screening-helpers.ts).
  await page.evaluate(() => window.scrollTo(0, 0));
  const builder = rules ? new AxeBuilder({ page }).withRules(rules) : new AxeBuilder({ page }).withTags(AXE_TAGS);
  const results = await builder.analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * Controls smaller than 44 × 44 CSS px, as "name (tag, width × height)". Measured: every
 * button, input, select and textarea; the label of every checkbox and radio (the label
 * is what a finger hits); and every link that is NOT an inline text link. A link counts
 * as inline text when its computed `display` is `inline` and it has neither a background
 * nor a border: it sits in running text and WCAG exempts it. Any other link is styled as
 * a control (block, inline-block or flex box, or a filled or bordered one) and must be
 * big enough. Hidden controls (no box, `visibility: hidden`, inside a closed `<details>`)
 * are skipped.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const offenders: string[] = [];
    const isShown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(element).visibility !== 'hidden';
    };
    const nameOf = (element: Element) =>
      (
        element.getAttribute('aria-label') ??
        (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement ? element.labels?.[0]?.textContent : null) ??
        element.textContent ??
        ''
      )
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 70) || element.tagName.toLowerCase();
    const check = (target: Element, named: Element = target) => {
      if (!isShown(target)) return;
      const box = target.getBoundingClientRect();
      if (box.width + 0.5 < min || box.height + 0.5 < min) {
        offenders.push(`${nameOf(named)} (${named.tagName.toLowerCase()}, ${Math.round(box.width)} × ${Math.round(box.height)})`);
      }
    };
    const isInlineTextLink = (link: Element) => {
      const style = getComputedStyle(link);
      const hasBackground = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
      const hasBorder = ['Top', 'Right', 'Bottom', 'Left'].some((side) => Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0);
      return style.display === 'inline' && !hasBackground && !hasBorder;
    };
    for (const element of document.querySelectorAll('button, [role="button"], select, textarea, input:not([type="hidden"])')) {
      if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
        const label = element.closest('label') ?? (element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null);
        if (label) check(label, element);
        else check(element);
      } else {
        check(element);
      }
    }
    for (const link of document.querySelectorAll('a[href]')) {
      if (link.classList.contains('skip-link') || isInlineTextLink(link)) continue;
      check(link);
    }
    return [...new Set(offenders)];
  }, MIN_TARGET_PX);
}

/** What the keyboard focus is on, as the checks need it. */
export interface FocusInfo {
  tag: string;
  type: string;
  name: string;
  href: string;
  group: string;
  isSearch: boolean;
  isResultLink: boolean;
}

function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const element = document.activeElement ?? document.body;
    const label = element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? (element.labels?.[0]?.textContent ?? '') : '';
    return {
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type') ?? '',
      name: (element.getAttribute('aria-label') ?? (label || element.textContent || '')).replace(/\s+/g, ' ').trim(),
      href: element.getAttribute('href') ?? '',
      group: element.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '',
      isSearch: element instanceof HTMLInputElement && element.type === 'search',
      isResultLink: Boolean(element.closest('.result-name')),
    };
  });
}

/** Presses Tab until `isWanted` holds for the focused element; throws after `max` presses. */
export async function tabUntil(page: Page, isWanted: (focus: FocusInfo) => boolean, what: string, max = 80): Promise<FocusInfo> {
  const seen: string[] = [];
  for (let press = 0; press < max; press += 1) {
    await page.keyboard.press('Tab');
    const focus = await focusInfo(page);
    if (isWanted(focus)) return focus;
    seen.push(`${focus.tag} ${focus.name.slice(0, 30)} ${focus.href}`.trim());
  }
  throw new Error(`Tab never reached ${what} in ${max} presses; it went through: ${seen.join(' · ')}`);
}

/**
 * Tabs through the page (up to `max` stops, or until focus comes back round) and returns
 * the elements whose outline and box-shadow are the same focused and unfocused: their
 * focus cannot be seen. Each element's unfocused style is read after Tab has left it.
 */
export async function invisibleFocusStops(page: Page, max = 60): Promise<{ stops: number; invisible: string[] }> {
  await page.evaluate(() => {
    (window as unknown as { __focusStops: unknown[] }).__focusStops = [];
  });
  for (let press = 0; press < max; press += 1) {
    await page.keyboard.press('Tab');
    const isBack = await page.evaluate(() => {
      const scope = window as unknown as { __focusStops: { element: Element; name: string; focused: string; unfocused?: string }[] };
      const look = (element: Element) => {
        const style = getComputedStyle(element);
        return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
      };
      const stops = scope.__focusStops;
      const previous = stops[stops.length - 1];
      if (previous) previous.unfocused = look(previous.element);
      const element = document.activeElement;
      if (!element || element === document.body) return stops.length > 0;
      if (stops.some((stop) => stop.element === element)) return true;
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? element.tagName).replace(/\s+/g, ' ').trim().slice(0, 60);
      stops.push({ element, name, focused: look(element) });
      return false;
    });
    if (isBack) break;
  }
  return page.evaluate(() => {
    const stops = (window as unknown as { __focusStops: { name: string; focused: string; unfocused?: string }[] }).__focusStops;
    return { stops: stops.length, invisible: stops.filter((stop) => stop.unfocused !== undefined && stop.unfocused === stop.focused).map((stop) => `${stop.name} [${stop.focused}]`) };
  });
}
