import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ArticlePage from '../../../src/features/prevention/components/article-page.tsx';
import { db } from '../../../src/lib/db.ts';
import { fromNeutralSearch } from '../../../src/lib/neutral-query.ts';
import { updateSettings } from '../../../src/lib/settings.ts';
import type { ArticleData } from '../../../src/shared/kinds/article.ts';
import { PACK_RECORDS, PATIENCE, renderWithI18n, seedArticles, startI18n } from './render.tsx';

beforeEach(async () => {
  await startI18n('fr');
  await db.article.clear();
  await db.settings.clear();
  await seedArticles();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function record(index: number) {
  const found = PACK_RECORDS[index];
  if (!found) throw new Error(`no article record ${index}`);
  return found;
}

function renderArticle(slug: string) {
  return renderWithI18n(<ArticlePage params={{ slug }} />);
}

describe('an article page', () => {
  it('renders the article from the device in French, marked as the original text', async () => {
    renderArticle('relationships');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Ce qui peut se passer dans un couple' });
    const article = heading.closest('article');
    expect(article).toHaveAttribute('lang', 'fr');
    expect(article).toHaveAttribute('dir', 'ltr');
    expect(screen.getByText('Texte original')).toBeInTheDocument();
    await expect.poll(() => document.title, PATIENCE).toBe('Ce qui peut se passer dans un couple — Passerelle');
  });

  it('ends with what she can do, large call buttons that dial, and links into the directory', async () => {
    renderArticle('relationships');
    const actions = await screen.findByRole('region', { name: 'Ce que vous pouvez faire' });
    expect(within(actions).getAllByRole('listitem').length).toBeGreaterThan(0);
    const calls = screen.getByRole('region', { name: 'Qui appeler' });
    expect(within(calls).getByRole('link', { name: /SOS violence conjugale\s*1 800 363-9010/ })).toHaveAttribute('href', 'tel:+18003639010');
    expect(within(calls).getByRole('link', { name: /Urgence\s*911/ })).toHaveAttribute('href', 'tel:911');
    expect(screen.getByRole('link', { name: /Trouver de l'aide dans votre langue/ })).toHaveAttribute('href', '/directory?lang=fr');
    expect(screen.getByRole('link', { name: /Voir les maisons d'aide/ })).toHaveAttribute('href', '/directory?type=emergency-shelter');
  });

  it('in discreet mode, links into the directory without a readable word in the address (SAFETY.md rule 7)', async () => {
    await updateSettings({ isDiscreet: true });
    renderArticle('relationships');
    const link = await screen.findByRole('link', { name: /Voir les maisons d'aide/ });
    await expect.poll(() => link.getAttribute('href'), PATIENCE).toMatch(/^\/directory\?v=[\w-]+$/);
    const href = link.getAttribute('href') ?? '';
    expect(href).not.toMatch(/shelter|type/);
    expect(fromNeutralSearch(new URL(href, 'http://localhost').searchParams).getAll('type')).toEqual(['emergency-shelter']);
    // The settings hook starts from the last settings read: leave the next test a readable link.
    await updateSettings({ isDiscreet: false });
  });

  it('renders in Arabic right to left, with the status of a machine-assisted translation', async () => {
    await startI18n('ar');
    renderArticle('relationships');
    const heading = await screen.findByRole('heading', { level: 1, name: 'ما قد يحدث داخل العلاقة' });
    expect(heading.closest('article')).toHaveAttribute('dir', 'rtl');
    expect(heading.closest('article')).toHaveAttribute('lang', 'ar');
    expect(screen.getByText('ترجمة بمساعدة آلية — لم يراجعها بعد شخص يتقن هذه اللغة')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /ابحثي عن مساعدة بلغتكِ/ })).toHaveAttribute('href', '/directory?lang=ar');
  });

  it('falls back to French inside an Arabic interface, says so, and marks the text as French', async () => {
    const frenchOnly = structuredClone(record(0).data) as ArticleData;
    for (const field of ['title', 'summary', 'body', 'translations'] as const) {
      delete (frenchOnly[field] as Record<string, unknown>).ar;
      delete (frenchOnly[field] as Record<string, unknown>).en;
    }
    await db.article.put({ id: record(0).id, version: 99, data: frenchOnly });
    await startI18n('ar');
    renderArticle('relationships');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Ce qui peut se passer dans un couple' });
    const article = heading.closest('article');
    expect(article).toHaveAttribute('lang', 'fr');
    expect(article).toHaveAttribute('dir', 'ltr');
    const note = screen.getByText(/هذه المقالة غير مترجمة بعد إلى/);
    expect(note.closest('[lang]')).toHaveAttribute('lang', 'ar');
    expect(note.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    // The call buttons speak the interface language even when the text fell back.
    expect(screen.getByRole('link', { name: /الطوارئ\s*911/ }).closest('ul')).toHaveAttribute('lang', 'ar');
  });

  it('says when an article is not on this device, and still shows the lines to call', async () => {
    renderArticle('nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Article introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /SOS violence conjugale/ })).toHaveAttribute('href', 'tel:+18003639010');
  });

  it('leaves out a stored record this version cannot read instead of breaking', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await db.article.put({ id: record(1).id, version: 100, data: { slug: 'rights', title: '<b>bad</b>' } });
    renderArticle('rights');
    expect(await screen.findByRole('heading', { level: 1, name: 'Article introuvable' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('hides read-aloud when the device has no voice for the language', async () => {
    renderArticle('relationships');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: "Écouter l'article" })).not.toBeInTheDocument();
  });

  it('reads the article aloud with an on-device voice of its language, and stops', async () => {
    const spoken: string[] = [];
    const cancel = vi.fn();
    const voices = [
      { name: 'Remote', lang: 'fr-FR', localService: false, default: true },
      { name: 'Amélie', lang: 'fr-CA', localService: true, default: false },
    ];
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => voices,
      addEventListener: () => {},
      removeEventListener: () => {},
      cancel,
      speak: (utterance: { text: string; voice: { name: string } }) => spoken.push(`${utterance.voice.name}: ${utterance.text}`),
    });
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        text: string;
        voice: unknown = null;
        lang = '';
        constructor(text: string) {
          this.text = text;
        }
        addEventListener() {}
      },
    );
    const user = userEvent.setup();
    renderArticle('relationships');
    await user.click(await screen.findByRole('button', { name: "Écouter l'article" }));
    expect(spoken[0]).toBe('Amélie: Ce qui peut se passer dans un couple');
    expect(spoken.length).toBeGreaterThan(10);
    await user.click(screen.getByRole('button', { name: 'Arrêter la lecture' }));
    expect(cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: "Écouter l'article" })).toBeInTheDocument();
  });
});
