import type { TFunction } from 'i18next';
import { formatMinutes, weekdayName } from '../format.ts';
import type { OpenState, WeekMoment } from '../model.ts';

/**
 * "Open · closes at 17:00", "Closed · opens tomorrow at 9:00", in the schedule's own time.
 * Takes the caller's `t`: a list shows one per card, and a translation hook per card costs
 * each card's mount a copy of the i18next instance and an event subscription.
 */
export function OpenStatus({ state, t, lng }: { state: OpenState; t: TFunction<['directory']>; lng: string }) {
  const time = (moment: WeekMoment) => (moment.minutes === 1440 ? t('directory:hours.midnight') : formatMinutes(moment.minutes, lng));
  let text: string;
  switch (state.kind) {
    case 'always':
      text = t('directory:hours.always');
      break;
    case 'unknown':
      text = t('directory:hours.unknown');
      break;
    case 'open': {
      const { closes } = state;
      if (closes.dayOffset === 0) text = t('directory:hours.openUntil', { time: time(closes) });
      else if (closes.dayOffset === 1) text = t('directory:hours.openUntilTomorrow', { time: time(closes) });
      else text = t('directory:hours.openUntilDay', { day: weekdayName(closes.dayIndex, lng), time: time(closes) });
      break;
    }
    case 'closed': {
      const { opens } = state;
      if (opens.dayOffset === 0) text = t('directory:hours.opensToday', { time: time(opens) });
      else if (opens.dayOffset === 1) text = t('directory:hours.opensTomorrow', { time: time(opens) });
      else text = t('directory:hours.opensDay', { day: weekdayName(opens.dayIndex, lng), time: time(opens) });
      break;
    }
  }
  const isOpen = state.kind === 'open' || state.kind === 'always';
  return (
    <span className="open-status" data-open={isOpen ? 'true' : state.kind === 'unknown' ? 'unknown' : 'false'}>
      {text}
    </span>
  );
}
