import { describe, expect, it } from 'vitest';
import { previewAnswers, readPreview, type DirectoryPreview } from '../../../src/features/directory/data/preview.ts';
import { NO_FILTERS } from '../../../src/features/directory/model.ts';

const preview: DirectoryPreview = { lng: 'fr', total: 2, indexedCount: 3, entries: [] };

describe('the directory preview', () => {
  it('answers only the default view, in its own language, without a position', () => {
    expect(previewAnswers(preview, NO_FILTERS, 'fr', false)).toBe(true);
    expect(previewAnswers(preview, { ...NO_FILTERS, q: '  ' }, 'fr', false)).toBe(true);
    expect(previewAnswers(preview, NO_FILTERS, 'ar', false)).toBe(false);
    expect(previewAnswers(preview, NO_FILTERS, 'fr', true)).toBe(false);
    expect(previewAnswers(preview, { ...NO_FILTERS, q: 'phare' }, 'fr', false)).toBe(false);
    expect(previewAnswers(preview, { ...NO_FILTERS, region: '08' }, 'fr', false)).toBe(false);
    expect(previewAnswers(preview, { ...NO_FILTERS, flags: new Set(['open'] as const) }, 'fr', false)).toBe(false);
  });

  it('is ignored when its stored shape is not the expected one', () => {
    expect(readPreview(preview)).toEqual(preview);
    expect(readPreview(null)).toBeNull();
    expect(readPreview({ ...preview, total: '2' })).toBeNull();
    expect(readPreview({ ...preview, entries: [{ name: 'no id' }] })).toBeNull();
    expect(readPreview({ lng: 'fr', total: 2, indexedCount: 3 })).toBeNull();
  });
});
