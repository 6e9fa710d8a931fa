import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guidesPack } from '../../../src/content/screening/pack.ts';
import { loadWomanFiles } from '../../../src/content/screening/woman-text.ts';
import { contentPackSchema } from '../../../src/shared/content-pack.ts';
import type { ChecklistData } from '../../../src/shared/kinds/checklist.ts';
import type { GuideData } from '../../../src/shared/kinds/guide.ts';
import type { ProtocolData } from '../../../src/shared/kinds/protocol.ts';
import { TRAJECTORY_STAGES } from '../../../src/shared/kinds/trajectory.ts';
import { validateRecordData } from '../../../src/shared/record-schemas.ts';

const pack = contentPackSchema.parse(guidesPack());
const parsed = pack.records.map((record) => {
  const result = validateRecordData(record.kind, record.data);
  if (!result.success) throw new Error(`${record.kind} ${record.id}: ${JSON.stringify(result.problems)}`);
  return { kind: record.kind, id: record.id, data: result.data };
});
const guide = parsed.find((record) => record.kind === 'guide')?.data as GuideData;
const checklists = parsed.filter((record) => record.kind === 'checklist') as { id: string; data: ChecklistData }[];
const province = parsed.find((record) => record.kind === 'protocol' && (record.data as ProtocolData).scope === 'province')
  ?.data as ProtocolData;

/** Every localized map under `value`, with its path; woman-facing maps are flagged. */
function localizedMaps(value: unknown, path = '', isWoman = false): { path: string; text: Record<string, string>; isWoman: boolean }[] {
  if (Array.isArray(value)) return value.flatMap((child, index) => localizedMaps(child, `${path}.${index}`, isWoman));
  if (!value || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  if ('fr' in value && entries.every(([, text]) => typeof text === 'string')) {
    return [{ path, text: value as Record<string, string>, isWoman }];
  }
  return entries.flatMap(([key, child]) => localizedMaps(child, `${path}.${key}`, isWoman || key === 'toWoman' || key === 'womanPhrases'));
}

describe('the screening guides pack', () => {
  it('is a valid pack whose every record passes its kind schema', () => {
    expect(parsed.map((record) => record.kind)).toEqual([
      'guide', 'checklist', 'checklist', 'checklist', 'checklist', 'checklist', 'checklist', 'checklist', 'protocol', 'protocol',
    ]);
  });

  it('derives the same record ids every time, all distinct', () => {
    const again = guidesPack().records.map((record) => record.id);
    expect(again).toEqual(pack.records.map((record) => record.id));
    expect(new Set(again).size).toBe(again.length);
  });

  it('has a checklist for every stage of the trajectory, opened from the province-wide protocol', () => {
    const ids = new Set(checklists.map((checklist) => checklist.id));
    expect(province.stages.map((stage) => stage.stage)).toEqual([...TRAJECTORY_STAGES]);
    for (const stage of province.stages) {
      expect(stage.checklistIds.length, stage.stage).toBeGreaterThan(0);
      for (const id of stage.checklistIds) {
        expect(ids.has(id), `${stage.stage} → ${id}`).toBe(true);
        expect(checklists.find((checklist) => checklist.id === id)?.data.stage).toBe(stage.stage);
      }
      expect(stage.immigrationSector.length + stage.violenceSector.length).toBeGreaterThan(0);
      expect(Object.keys(stage.approaches ?? {})).toEqual(['feminist', 'intercultural', 'intersectional']);
    }
  });

  it('points every outcome rule at a checklist of the pack', () => {
    const ids = new Set(checklists.map((checklist) => checklist.id));
    for (const rule of guide.rules) if (rule.nextChecklistId) expect(ids.has(rule.nextChecklistId), rule.id).toBe(true);
  });

  it('writes every intervenor text in French and English', () => {
    const intervenorMaps = parsed.flatMap((record) => localizedMaps(record.data, record.kind)).filter((map) => !map.isWoman);
    expect(intervenorMaps.length).toBeGreaterThan(200);
    for (const map of intervenorMaps) expect(Object.keys(map.text).sort(), map.path).toEqual(['en', 'fr']);
  });

  it('gives every question and answer addressed to the woman in French, English, Arabic and every language of the interface', () => {
    const womanMaps = localizedMaps(guide, 'guide').filter((map) => map.isWoman);
    expect(womanMaps.length).toBeGreaterThan(60);
    for (const map of womanMaps) expect(Object.keys(map.text), map.path).toEqual(expect.arrayContaining(['fr', 'en', 'ar']));
    const interfaceLanguages = readdirSync('locales').filter((name) => existsSync(`locales/${name}/meta.json`));
    expect(guide.womanLanguages.map((language) => language.code)).toEqual(expect.arrayContaining(interfaceLanguages));
    expect(guide.womanLanguages.find((language) => language.code === 'ar')).toMatchObject({ dir: 'rtl', status: 'machine-assisted' });
  });

  it('says that the guide supports the intervenor\'s judgment and is not a validated risk score', () => {
    expect(guide.disclaimer.fr).toMatch(/soutient votre jugement/);
    expect(guide.disclaimer.fr).toMatch(/pas un outil validé/);
    expect(guide.disclaimer.en).toMatch(/does not replace it/);
    expect(guide.disclaimer.en).toMatch(/not a validated risk assessment tool/);
  });

  it('does not reuse the wording of the DA, WAST or HITS instruments', () => {
    // Distinctive phrasings of those instruments: their structure informed ours, their words must not appear.
    const borrowed = [
      'how would you describe your relationship',
      'work out arguments',
      'physically hurt you',
      'insult or talk down to you',
      'scream or curse at you',
      'threaten you with harm',
      'capable of killing you',
      'tried to choke you',
      'increased in severity or frequency',
      'does he own a gun',
      'violently and constantly jealous',
    ];
    const allText = parsed
      .flatMap((record) => localizedMaps(record.data, record.kind))
      .flatMap((map) => Object.values(map.text))
      .join('\n')
      .toLowerCase();
    for (const phrase of borrowed) expect(allText).not.toContain(phrase);
  });
});

describe('the woman-facing language files', () => {
  const files = loadWomanFiles();
  const french = files.get('fr');
  const keysOf = (file: NonNullable<typeof french>) =>
    (['phrases', 'questions', 'options'] as const).flatMap((group) => Object.keys(file[group]).map((key) => `${group}.${key}`)).sort();

  it('carry only keys that French has, so translators cannot add a question by mistake', () => {
    if (!french) throw new Error('fr.json is missing');
    const frenchKeys = new Set(keysOf(french));
    for (const [code, file] of files) {
      for (const key of keysOf(file)) expect(frenchKeys.has(key), `${code}: ${key}`).toBe(true);
    }
  });

  it('are complete in French, English and Arabic', () => {
    if (!french) throw new Error('fr.json is missing');
    for (const code of ['en', 'ar']) {
      const file = files.get(code);
      if (!file) throw new Error(`${code}.json is missing`);
      expect(keysOf(file), code).toEqual(keysOf(french));
    }
  });

  it('hold a text for every question of the guide, and nothing the guide does not use', () => {
    if (!french) throw new Error('fr.json is missing');
    const questions = guide.sections.flatMap((section) => section.steps.flatMap((step) => step.items)).filter((item) => item.kind === 'question');
    expect(Object.keys(french.questions).sort()).toEqual(questions.map((item) => item.id).sort());
    const options = questions.flatMap((item) => (item.answerType === 'choice' ? item.options.map((option) => `${item.id}.${option.id}`) : []));
    expect(Object.keys(french.options).sort()).toEqual(options.sort());
  });
});
