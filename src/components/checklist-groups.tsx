import './checklist-groups.css';
import type { ChecklistGroup } from '../shared/kinds/checklist.ts';
import { Localized } from './localized.tsx';

interface Props {
  groups: readonly ChecklistGroup[];
  checked: Readonly<Record<string, boolean>>;
  onToggle: (itemId: string, isChecked: boolean) => void;
}

/** A checklist's groups as fieldsets of checkboxes (the trajectory page and referral cases share it). */
export function ChecklistGroups({ groups, checked, onToggle }: Props) {
  return (
    <div className="checklist-groups">
      {groups.map((group) => (
        <fieldset key={group.id} className="checklist-group">
          <legend><Localized text={group.title} /></legend>
          <ul>
            {group.items.map((item) => (
              <li key={item.id}>
                <label className="checklist-item">
                  <input
                    type="checkbox"
                    checked={checked[item.id] === true}
                    onChange={(event) => onToggle(item.id, event.target.checked)}
                  />
                  <span>
                    <Localized text={item.text} />
                    {item.detail && <span className="checklist-detail"><Localized text={item.detail} /></span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}

/** Items done out of all items. */
export function checklistProgress(groups: readonly ChecklistGroup[], checked: Readonly<Record<string, boolean>>) {
  const ids = groups.flatMap((group) => group.items.map((item) => item.id));
  return { done: ids.filter((id) => checked[id] === true).length, total: ids.length };
}
