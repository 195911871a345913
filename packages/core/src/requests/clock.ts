import {
  addDays,
  daysBetween,
  endOfPeriod,
  formatLocalDate,
  type LocalDate,
  localDateOf,
  startOfLocalDay,
} from './calendar.js';
import { type Cited, type DeadlinePack, REQUEST_REGIMES, type RequestRegime } from './deadline-pack.js';
import { FINAL_STATES } from './lifecycle.js';
import { rollForward } from './non-working-days.js';
import { type Period, parsePeriod, sumPeriods } from './period.js';
import type { RightsRequest } from './request.js';

/** When a request must be answered. Dates are days on the regime's calendar, instants are exclusive ends. */
export interface Deadline {
  /** The day the period runs from (receipt, or identity confirmed where the clock waits for it); not counted. */
  readonly start: string;
  /** The last day to answer without an extension; the extension notice must also be sent by then. */
  readonly initialDue: string;
  /** The last day to answer, with the extension when one was given. */
  readonly due: string;
  /** The instant the due day ends in the regime's time zone: answering at or after it is late. */
  readonly endsAt: Date;
  /** The instant the initial due day ends: the last moment to give notice of an extension. */
  readonly initialEndsAt: Date;
}

export type Clock =
  | { readonly running: true; readonly deadline: Deadline }
  | { readonly running: false; readonly reason: 'awaiting-identity' };

function period(text: string): Period {
  const p = parsePeriod(text);
  if (!p) throw new Error(`invalid period ${text}`); // the pack schema has already refused it
  return p;
}

/** Where the period starts: receipt, or for a regime whose clock waits for identity, the end of the first wait. */
function clockStart(pack: DeadlinePack, request: RightsRequest): Date | 'paused' {
  if (!pack.regimes[request.regime].identityPause.pauses) return new Date(request.receivedAt);
  const history = request.history;
  const enteredAt = history.findIndex((c) => c.to === 'awaiting-identity');
  if (enteredAt === -1) return new Date(request.receivedAt);
  const left = history[enteredAt + 1];
  return left ? new Date(left.at) : 'paused';
}

function deadlineFrom(pack: DeadlinePack, regime: RequestRegime, start: Date, extended: boolean): Deadline {
  const rules = pack.regimes[regime];
  const zone = rules.timeZone;
  const startDay = localDateOf(start, zone);
  const initial = period(rules.respond.period);
  // A deadline that falls on a holiday (or a weekend, where the regime says so) moves to the next working day.
  const roll = (day: LocalDate) => (rules.nonWorkingDays ? rollForward(rules.nonWorkingDays, day) : day);
  const initialDue = roll(endOfPeriod(startDay, initial));
  let due = initialDue;
  if (extended && rules.extension) {
    // The GDPR's "two further months" run from the same start: 31 January + 3 months = 30 April.
    const total = sumPeriods(initial, period(rules.extension.period));
    if (total) due = roll(endOfPeriod(startDay, total));
  }
  const endOf = (day: LocalDate) => startOfLocalDay(addDays(day, 1), zone);
  return {
    start: formatLocalDate(startDay),
    initialDue: formatLocalDate(initialDue),
    due: formatLocalDate(due),
    endsAt: endOf(due),
    initialEndsAt: endOf(initialDue),
  };
}

/** The request's legal clock now: running with its deadline, or waiting where the law lets it wait. */
export function requestClock(pack: DeadlinePack, request: RightsRequest): Clock {
  const start = clockStart(pack, request);
  if (start === 'paused') return { running: false, reason: 'awaiting-identity' };
  return { running: true, deadline: deadlineFrom(pack, request.regime, start, request.extension !== undefined) };
}

/**
 * Among regimes that could govern a request received at `receivedAt`, the one with the earliest initial
 * deadline (ties: the order of REQUEST_REGIMES), for chooseRegime when the person's region does not decide.
 */
export function strictestRegime(
  pack: DeadlinePack,
  receivedAt: Date,
): (regimes: readonly RequestRegime[]) => RequestRegime {
  return (regimes) => {
    const ordered = REQUEST_REGIMES.filter((r) => regimes.includes(r));
    let best = ordered[0] ?? 'qc-private';
    let bestEnd = Number.POSITIVE_INFINITY;
    for (const regime of ordered) {
      const end = deadlineFrom(pack, regime, receivedAt, false).initialEndsAt.getTime();
      if (end < bestEnd) {
        best = regime;
        bestEnd = end;
      }
    }
    return best;
  };
}

export type DueStatusKind = 'on-time' | 'due-soon' | 'overdue' | 'paused' | 'closed';

export interface DueStatus {
  readonly status: DueStatusKind;
  /** The last day to answer (YYYY-MM-DD), unless the clock is paused. */
  readonly due?: string;
  /** Days from today (on the regime's calendar) to the due day: 0 on the day itself, negative once overdue. */
  readonly daysLeft?: number;
  /** Overdue where silence is a deemed refusal: the person may already go to the authority. */
  readonly deemedRefusal?: Cited;
  /** For a closed request: whether its final answer came after the deadline. */
  readonly answeredLate?: boolean;
}

export interface DueStatusOptions {
  /** How many days before the due day a request counts as due soon (default 7). */
  readonly soonDays?: number;
}

/** For the console and reminders: on time, due soon, overdue (or paused, or closed). */
export function dueStatus(
  pack: DeadlinePack,
  request: RightsRequest,
  now: Date,
  options: DueStatusOptions = {},
): DueStatus {
  const clock = requestClock(pack, request);
  if (!clock.running) return { status: 'paused' };
  const { deadline } = clock;
  if (FINAL_STATES.has(request.state)) {
    const closedAt = request.history.at(-1)?.at ?? request.receivedAt;
    return { status: 'closed', due: deadline.due, answeredLate: new Date(closedAt) >= deadline.endsAt };
  }
  const zone = pack.regimes[request.regime].timeZone;
  const daysLeft = daysBetween(localDateOf(now, zone), localDateOf(new Date(deadline.endsAt.getTime() - 1), zone));
  if (now >= deadline.endsAt) {
    const deemed = pack.regimes[request.regime].deemedRefusal;
    return { status: 'overdue', due: deadline.due, daysLeft, ...(deemed ? { deemedRefusal: deemed } : {}) };
  }
  const soon = options.soonDays ?? 7;
  return { status: daysLeft <= soon ? 'due-soon' : 'on-time', due: deadline.due, daysLeft };
}
