/**
 * Which automatic incidents to open and which to resolve, from a product's evaluated ports.
 * Pure: the caller opens and resolves them in its store, and running the plan twice with
 * nothing new changes nothing (a port that is still bad already has its unresolved incident).
 *
 * Times: an incident starts when the data went bad (`badSince`), is detected now, and resolves
 * at the SLO's recovery (`recoveredAt`, the first good observation after the bad spell). A
 * recovery can be reported late, with a time before the incident was even detected (a run that
 * finished before the evaluation that opened the incident but arrived after it); it is then
 * resolved at its detection instead, since an incident cannot be repaired before it was known.
 * An SLO that turned good with no recovery in sight, or that no longer exists (the contract
 * changed, the port is gone), resolves now. An SLO whose state is unknown (its checks stopped
 * coming) keeps its incident open: nothing says it is good again.
 *
 * An owner may resolve an automatic incident while its port is still bad (the fix is in, the
 * next run will show it). That bad spell is then hers: no new incident opens for it until
 * something bad is observed after her resolution (a run or check failing again) or a new bad
 * spell begins.
 */
import { formatDuration, formatRecurrence, type Duration } from '../sla/sla-durations';
import type {
  Incident,
  NewIncident,
  PortServiceLevels,
  SloEvaluation,
} from './service-level-types';
import { dayMs, hourMs, minuteMs, toIso, toMs } from './utc-days';

export interface PlanIncidentsInput {
  product: { productId: string; name: string; team: string | null };
  ports: readonly PortServiceLevels[];
  /** The product's incidents that are not resolved (open or acknowledged). */
  unresolved: readonly Incident[];
  /** Its automatic incidents that a person resolved, the latest of each port deciding. */
  resolvedByPeople?: readonly Incident[];
  now: Date | string;
}

export interface IncidentPlan {
  open: NewIncident[];
  resolve: { id: string; resolvedAt: string }[];
}

/** "26 hours", "45 minutes", "3 days": an elapsed time, rounded down to a unit people use. */
export function formatElapsed(ms: number): string {
  const whole = (unit: number) => Math.max(0, Math.floor(ms / unit));
  if (ms < 2 * hourMs) return formatDuration({ amount: whole(minuteMs), unit: 'minute' });
  if (ms < 3 * dayMs) return formatDuration({ amount: whole(hourMs), unit: 'hour' });
  return formatDuration({ amount: whole(dayMs), unit: 'day' });
}

/** 86 400 s → 1 day; 5 400 s → 90 minutes: the largest unit it is a whole number of. */
function durationOf(seconds: number): Duration {
  const units = [
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3600],
    ['minute', 60],
  ] as const;
  const [unit, size] = units.find(([, each]) => seconds % each === 0) ?? ['second', 1];
  return { amount: seconds / size, unit };
}

const clock = (minuteOfDay: number) =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** What went wrong, in words, after "<product> · <port> ". */
function describeProblem(slo: SloEvaluation, nowMs: number): string {
  const seconds = slo.threshold?.seconds;
  const lastGood = slo.lastGoodAt ? toMs(slo.lastGoodAt) : Number.NaN;
  const quiet = Number.isNaN(lastGood)
    ? 'no recent update'
    : `no update for ${formatElapsed(nowMs - lastGood)}`;
  switch (slo.kind) {
    case 'freshness':
      return seconds === undefined
        ? `is late: ${quiet} (promised: ${lowerFirst(slo.promise)})`
        : `is late: ${quiet} (promised ≤ ${formatDuration(durationOf(seconds))})`;
    case 'frequency':
      return seconds === undefined
        ? `is overdue: ${quiet} (promised: ${lowerFirst(slo.promise)})`
        : `is overdue: ${quiet} (promised ${formatRecurrence(durationOf(seconds))})`;
    case 'timeOfAvailability': {
      const minute = slo.threshold?.minuteOfDayUtc;
      const by = minute === undefined ? 'on time' : `by ${clock(minute)} UTC`;
      return `was not available ${by}: ${quiet}`;
    }
    case 'availability':
      return `is failing: its last run failed (promised: ${lowerFirst(slo.promise)})`;
    case 'errorRate':
      return `is failing: its last run or check failed (promised: ${lowerFirst(slo.promise)})`;
    case 'quality':
      return `fails a quality rule: ${slo.promise}`;
    default:
      return `does not keep its promise: ${slo.promise}`;
  }
}

/** "Sales Orders · orders is late: no update for 26 hours (promised ≤ 1 day)". */
export function incidentTitle(
  productName: string,
  portName: string,
  slo: SloEvaluation,
  now: Date | string,
): string {
  return `${productName} · ${portName} ${describeProblem(slo, new Date(now).getTime())}`;
}

/** Bad SLOs, the one that went bad first leading (those with no known start last). */
function byBadSince(a: SloEvaluation, b: SloEvaluation): number {
  const since = (slo: SloEvaluation) => (slo.badSince ? toMs(slo.badSince) : Infinity);
  return since(a) - since(b);
}

/** When a person last resolved an automatic incident of each port. */
function handledAt(incidents: readonly Incident[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const incident of incidents) {
    if (incident.origin !== 'automatic' || !incident.resolvedBy || !incident.resolvedAt) continue;
    if (incident.portName === null) continue;
    const at = toMs(incident.resolvedAt);
    if (at > (latest.get(incident.portName) ?? -Infinity)) latest.set(incident.portName, at);
  }
  return latest;
}

/** Whether a bad SLO shows something a person who resolved at `handled` could not have seen. */
function badAfter(slo: SloEvaluation, handled: number): boolean {
  if (!slo.badSince || toMs(slo.badSince) > handled) return true;
  const last = slo.lastObservation;
  return last !== null && last.status === 'fail' && toMs(last.observedAt) > handled;
}

/**
 * Plans the automatic incidents of one product; manual incidents are never touched. One port
 * has one incident at a time, however many of its promises broke: a failed load is late, overdue
 * and unavailable at once, and people want one incident for it, named by what broke first and
 * listing the rest. It resolves when none of the port's promises is bad any more.
 */
export function planIncidents(input: PlanIncidentsInput): IncidentPlan {
  const { product, ports, now } = input;
  const nowMs = new Date(now).getTime();
  const nowIso = toIso(nowMs);
  const automatic = input.unresolved.filter(
    (incident) =>
      incident.origin === 'automatic' &&
      incident.productId === product.productId &&
      incident.status !== 'resolved' &&
      incident.resolvedAt === null,
  );
  const portsByName = new Map(ports.map((port) => [port.portName, port]));
  const handled = handledAt(input.resolvedByPeople ?? []);

  const open: NewIncident[] = [];
  for (const port of ports) {
    const bad = port.slos.filter((slo) => slo.current === 'bad').sort(byBadSince);
    const first = bad[0];
    if (!first || automatic.some((incident) => incident.portName === port.portName)) continue;
    const resolvedAt = handled.get(port.portName);
    if (resolvedAt !== undefined && !bad.some((slo) => badAfter(slo, resolvedAt))) continue;
    const badSince = first.badSince ? toMs(first.badSince) : Number.NaN;
    const others = bad.slice(1).map((slo) => lowerFirst(slo.label));
    const more = others.length ? `; also broken: ${others.join(', ')}` : '';
    open.push({
      productId: product.productId,
      portName: port.portName,
      sloId: first.sloId,
      origin: 'automatic',
      title: `${incidentTitle(product.name, port.portName, first, nowIso)}${more}`,
      startedAt: Number.isNaN(badSince) ? nowIso : toIso(Math.min(badSince, nowMs)),
      detectedAt: nowIso,
      team: product.team,
    });
  }

  const resolve: IncidentPlan['resolve'] = [];
  for (const incident of automatic) {
    const port = incident.portName === null ? undefined : portsByName.get(incident.portName);
    const own = port?.slos.find((slo) => slo.sloId === incident.sloId);
    // Still bad somewhere, or nothing says its own promise is good again: it stays open.
    if (port?.slos.some((slo) => slo.current === 'bad') || own?.current === 'unknown') continue;
    const detected = toMs(incident.detectedAt);
    const recoveries = (port?.slos ?? [])
      .map((slo) => (slo.recoveredAt ? toMs(slo.recoveredAt) : Number.NaN))
      .filter((at) => !Number.isNaN(at));
    const recovered = recoveries.length ? Math.max(...recoveries) : Number.NaN;
    const at = Number.isNaN(recovered) ? nowMs : Math.min(recovered, nowMs);
    resolve.push({
      id: incident.id,
      resolvedAt: toIso(Number.isNaN(detected) ? at : Math.max(at, detected)),
    });
  }
  return { open, resolve };
}
