/**
 * How the directory writes phone numbers, times, days, dates and language names in the
 * reader's language (Intl only). Pure functions, tested without React.
 */
import { MINUTES_PER_DAY, weekClock } from './model/hours.ts';
import { fallbackChain } from '../../shared/languages.ts';

/**
 * `text` as a bidirectional isolate (FSI … PDI): a phone number, an email or a source in
 * Latin script keeps its own order inside an Arabic sentence ("514 555-0142", not
 * "0142-555 514"). Invisible, and ignored by screen readers.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** "514 555-0142", "1 800 363-9010", "911". */
export function formatPhone(digits: string): string {
  if (digits.length === 10) return `${digits.slice(0, 3)} ${digits.slice(3, 6)}-${digits.slice(6)}`;
  if (digits.length === 11 && digits.startsWith('1')) return `1 ${digits.slice(1, 4)} ${digits.slice(4, 7)}-${digits.slice(7)}`;
  return digits;
}

/** The `tel:`/`sms:` target: North American numbers in E.164, short codes (911, 811) as they are. */
export function dialTarget(digits: string): string {
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return digits;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes after midnight as a time of day in `lng` ("17:00", "5:00 PM"). */
export function formatMinutes(minutes: number, lng: string): string {
  let format = timeFormats.get(lng);
  if (!format) {
    format = new Intl.DateTimeFormat(fallbackChain(lng), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    timeFormats.set(lng, format);
  }
  const wrapped = minutes % MINUTES_PER_DAY;
  return format.format(Date.UTC(2024, 0, 1, Math.floor(wrapped / 60), wrapped % 60));
}

/** "HH:MM" from a schedule, in `lng`. */
export function formatClock(time: string, lng: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return formatMinutes(hours * 60 + minutes, lng);
}

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/** The weekday's name in `lng`; 0 is Monday. */
export function weekdayName(dayIndex: number, lng: string): string {
  let format = weekdayFormats.get(lng);
  if (!format) {
    format = new Intl.DateTimeFormat(fallbackChain(lng), { weekday: 'long', timeZone: 'UTC' });
    weekdayFormats.set(lng, format);
  }
  // 2024-01-01 was a Monday.
  return format.format(Date.UTC(2024, 0, 1 + dayIndex));
}

/** An ISO date (YYYY-MM-DD) written out in `lng`, without time-zone drift. */
export function formatDate(isoDate: string, lng: string): string {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(fallbackChain(lng), { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** An ISO date-time in `lng`, read in `timeZone`. */
export function formatDateTime(isoDateTime: string, lng: string, timeZone: string): string {
  return new Intl.DateTimeFormat(fallbackChain(lng), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(isoDateTime));
}

/** True when `isoDate` is more than twelve months before `now`. */
export function isOlderThanAYear(isoDate: string, now: Date): boolean {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  const limit = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate()));
  return Date.UTC(year, month - 1, day) < limit.getTime();
}

const languageNames = new Map<string, Intl.DisplayNames | null>();
/** DisplayNames.of is slow enough to matter when thirty cards render at every keystroke. */
const resolvedNames = new Map<string, string>();

/**
 * A language's name in `lng` ("persan", "Persian"). `extra` names the languages Intl does
 * not know (some Indigenous languages of Québec); the code itself as a last resort.
 */
export function languageName(code: string, lng: string, extra: Readonly<Record<string, string>> = {}): string {
  const cacheKey = `${lng}:${code}`;
  const cached = resolvedNames.get(cacheKey);
  if (cached !== undefined) return cached;
  let names = languageNames.get(lng);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(fallbackChain(lng), { type: 'language', fallback: 'code' });
    } catch {
      names = null;
    }
    languageNames.set(lng, names);
  }
  let name: string | undefined;
  try {
    name = names?.of(code);
  } catch {
    name = undefined;
  }
  if (name && name !== code) {
    // Only Intl's names are cached: `extra` may differ between calls.
    resolvedNames.set(cacheKey, name);
    return name;
  }
  return extra[code] ?? code;
}

const collators = new Map<string, Intl.Collator>();

/** Names in the reader's alphabetical order (created once per language: creating one is slow). */
export function collatorFor(lng: string): Intl.Collator {
  let collator = collators.get(lng);
  if (!collator) {
    collator = new Intl.Collator(fallbackChain(lng), { sensitivity: 'base' });
    collators.set(lng, collator);
  }
  return collator;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** A list in `lng` ("français, anglais et arabe"). */
export function formatList(items: readonly string[], lng: string): string {
  let format = listFormats.get(lng);
  if (!format) {
    format = new Intl.ListFormat(fallbackChain(lng), { style: 'long', type: 'conjunction' });
    listFormats.set(lng, format);
  }
  return format.format(items);
}

/** The app's 16 languages (CONTENT.md), always offered in language filters. */
export const APP_LANGUAGES = ['fr', 'en', 'es', 'ar', 'fa', 'zh', 'ht', 'pt', 'ru', 'uk', 'vi', 'tl', 'ta', 'pa', 'ur', 'bn'] as const;

/** Language filter options: the app's languages and those found in the data, by name in `lng`. */
export function languageOptions(codes: readonly string[], lng: string, extra: Readonly<Record<string, string>> = {}): { code: string; name: string }[] {
  const collator = collatorFor(lng);
  return [...new Set([...APP_LANGUAGES, ...codes])]
    .map((code) => ({ code, name: languageName(code, lng, extra) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * Creates the Intl objects a first render of the list needs (collation, language names,
 * lists, the opening-hours clock). The first of each kind loads locale data, ~50 ms on a
 * slow phone: done while start-up waits for the device's data, the first render does
 * not pay it (cold start, issue 8). `lng` is a guess; a wrong one still loads the data.
 */
export function warmUpFormats(lng: string): void {
  collatorFor(lng).compare('a', 'b');
  languageName('en', lng);
  formatList(['a', 'b'], lng);
  weekClock(new Date(), 'America/Toronto');
}
