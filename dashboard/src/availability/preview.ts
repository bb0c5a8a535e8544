/**
 * The slots a week of booking windows yields, computed in the browser as the API does (slots.ts):
 * back-to-back slots of duration + follow-up that fit inside each window. Bookings, absences, holidays,
 * notice and horizon are the server's part; the editor shows those in the "bookable now" list.
 */
export interface PreviewWindow {
  weekday: number;
  /** HH:MM. */
  from: string;
  /** HH:MM (24:00 allowed). */
  to: string;
  serviceId: string;
}

export interface PreviewService {
  id: string;
  durationMinutes: number;
  followUpMinutes: number;
}

export interface PreviewLine {
  serviceId: string;
  /** HH:MM starts, ascending, without duplicates. */
  starts: string[];
}

/** Minutes after midnight of `HH:MM` (`24:00` = 1440), or null. */
export function minutesOf(hhmm: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 1440 ? minutes : null;
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Per weekday (1–7), one line per service with its slot starts. */
export function previewWeek(windows: PreviewWindow[], services: PreviewService[]): Map<number, PreviewLine[]> {
  const week = new Map<number, PreviewLine[]>();
  for (const w of windows) {
    const service = services.find((s) => s.id === w.serviceId);
    const from = minutesOf(w.from);
    const to = minutesOf(w.to);
    if (!service || from === null || to === null || to <= from) continue;
    const step = service.durationMinutes + service.followUpMinutes;
    if (step <= 0) continue;
    const lines = week.get(w.weekday) ?? [];
    let line = lines.find((l) => l.serviceId === w.serviceId);
    if (!line) lines.push((line = { serviceId: w.serviceId, starts: [] }));
    for (let s = from; s + step <= to; s += step) line.starts.push(clock(s));
    line.starts = [...new Set(line.starts)].sort();
    week.set(w.weekday, lines);
  }
  return week;
}
