import type { z } from 'zod';
import type { checklistDataSchema } from '../../../shared/kinds/checklist.ts';
import { text, type Text } from '../guide/helpers.ts';

export type ChecklistInput = z.input<typeof checklistDataSchema>;
export { text };

export function item(id: string, text: Text, detail?: Text) {
  return detail ? { id, text, detail } : { id, text };
}
