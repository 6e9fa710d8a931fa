import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/lib/db.ts';
import { loadSettings, updateSettings, useSettings } from '../../../src/lib/settings.ts';

beforeEach(async () => {
  await db.settings.clear();
});

function FirstRender({ seen }: { seen: boolean[] }) {
  const { isDiscreet } = useSettings();
  seen.push(isDiscreet);
  return <p>{String(isDiscreet)}</p>;
}

describe('settings on the first render', () => {
  it('are the ones read at start-up, so a discreet device never flashes a revealing title', async () => {
    await updateSettings({ isDiscreet: true });
    await loadSettings(); // main.tsx reads them before the first render
    const seen: boolean[] = [];
    render(<FirstRender seen={seen} />);
    expect(seen[0]).toBe(true);
    expect(await screen.findByText('true')).toBeInTheDocument();
    expect(seen).not.toContain(false);
  });
});
