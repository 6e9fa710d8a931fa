/**
 * Pictograms on the help screens (issue 6, "Reading aids"): every call button carries a
 * drawn pictogram next to its words, hidden from screen readers (the words say it), and
 * the emergency line's differs from the others so it can be told apart without reading.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { HelpBox } from '../../../src/features/prevention/components/help-box.tsx';
import SafetyPage from '../../../src/features/prevention/components/safety-page.tsx';
import { renderWithI18n, startI18n } from './render.tsx';

beforeEach(async () => {
  await startI18n('fr');
});

/** The call links on screen with the drawing each one carries. */
async function callLinks() {
  const links = (await screen.findAllByRole('link')).filter((link) => link.getAttribute('href')?.startsWith('tel:') && link.classList.contains('call-link'));
  return links.map((link) => ({ link, drawings: link.querySelectorAll('svg') }));
}

describe('the help screens', () => {
  for (const [name, ui] of [
    ['the help box of the information pages', <HelpBox key="box" />],
    ['the safety notice', <SafetyPage key="safety" />],
  ] as const) {
    it(`show a pictogram, hidden from screen readers, on every call button of ${name}`, async () => {
      renderWithI18n(ui);
      const calls = await callLinks();
      expect(calls.length).toBeGreaterThanOrEqual(2);
      for (const { link, drawings } of calls) {
        expect(drawings, link.textContent ?? '').toHaveLength(1);
        expect(drawings[0]).toHaveAttribute('aria-hidden', 'true');
        expect(drawings[0]?.querySelector('path, circle, rect')).not.toBeNull();
        // The words still name the line: the drawing adds nothing a screen reader needs.
        expect(within(link).getByText(/\d/).textContent).toMatch(/\d/);
      }
      const emergency = calls.find(({ link }) => link.getAttribute('href') === 'tel:911');
      const other = calls.find(({ link }) => link.getAttribute('href') !== 'tel:911');
      expect(emergency && other).toBeTruthy();
      expect(emergency?.drawings[0]?.innerHTML).not.toBe(other?.drawings[0]?.innerHTML);
    });
  }
});
