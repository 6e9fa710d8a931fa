import { useTranslation } from 'react-i18next';
import type { Schedule } from '../../../shared/kinds/directory.ts';
import { formatClock, weekdayName } from '../format.ts';
import { DAYS, DEFAULT_TIME_ZONE, hoursByDay, openState, scheduleTimeZone } from '../model.ts';
import { OpenStatus } from './open-status.tsx';
import { fallbackChain } from '../../../shared/languages.ts';

function zoneName(timeZone: string, lng: string): string {
  const part = new Intl.DateTimeFormat(fallbackChain(lng), { timeZone, timeZoneName: 'long' }).formatToParts(new Date()).find((item) => item.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** Open now or not, then the week's hours, in the schedule's own time zone. */
export function ServiceHours({ schedules, isAlwaysOpen, now }: { schedules: readonly Schedule[]; isAlwaysOpen: boolean; now: Date }) {
  const { t, i18n } = useTranslation(['directory']);
  const lng = i18n.language;
  const byDay = hoursByDay(schedules);
  const timeZone = scheduleTimeZone(schedules);
  return (
    <section aria-labelledby="hours-title" className="detail-section">
      <h2 id="hours-title">{t('directory:hours.title')}</h2>
      <p className="detail-open">
        <OpenStatus state={openState(schedules, isAlwaysOpen, now)} t={t} lng={lng} />
      </p>
      {!isAlwaysOpen && schedules.length > 0 && (
        <table className="hours-table">
          <thead>
            <tr>
              <th scope="col">{t('directory:hours.day')}</th>
              <th scope="col">{t('directory:hours.slots')}</th>
            </tr>
          </thead>
          <tbody>
            {DAYS.map((day, index) => (
              <tr key={day}>
                <th scope="row">{weekdayName(index, lng)}</th>
                <td>
                  {(byDay[index] ?? []).length === 0
                    ? t('directory:hours.closed')
                    : (byDay[index] ?? [])
                        .map((slot) =>
                          slot.closesAt !== '24:00' && slot.closesAt <= slot.opensAt
                            ? t('directory:hours.overnight', { opens: formatClock(slot.opensAt, lng), closes: formatClock(slot.closesAt, lng) })
                            : t('directory:hours.range', {
                                opens: formatClock(slot.opensAt, lng),
                                closes: slot.closesAt === '24:00' ? t('directory:hours.midnight') : formatClock(slot.closesAt, lng),
                              }),
                        )
                        .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {timeZone !== DEFAULT_TIME_ZONE && <p className="hint">{t('directory:hours.zone', { zone: zoneName(timeZone, lng) })}</p>}
    </section>
  );
}
