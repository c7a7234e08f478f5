import type { Incident } from '../../../src/catalog/service-levels/service-level-types';
import type { IncidentStore } from '../observation-store';

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Incidents in memory, for the browser host and tests. */
export function createMemoryIncidentStore(): IncidentStore {
  const incidents = new Map<string, Incident>();
  return {
    async open(input) {
      // No await before the check and the write: two opens at once cannot both pass the check.
      if (input.origin === 'automatic') {
        for (const incident of incidents.values()) {
          if (
            incident.origin === 'automatic' &&
            incident.status !== 'resolved' &&
            incident.productId === input.productId &&
            incident.portName === input.portName &&
            incident.sloId === input.sloId
          )
            return { incident: structuredClone(incident), created: false };
        }
      }
      const incident: Incident = {
        ...structuredClone(input),
        id: crypto.randomUUID(),
        status: 'open',
        acknowledgedAt: null,
        acknowledgedBy: null,
        resolvedAt: null,
        resolvedBy: null,
        notes: [],
      };
      incidents.set(incident.id, incident);
      return { incident: structuredClone(incident), created: true };
    },

    async get(id) {
      const incident = incidents.get(id);
      return incident ? structuredClone(incident) : null;
    },

    async list(query) {
      const statuses = query.statuses?.length ? new Set(query.statuses) : null;
      return [...incidents.values()]
        .filter(
          (incident) =>
            (query.productId === undefined || incident.productId === query.productId) &&
            (!statuses || statuses.has(incident.status)),
        )
        .sort(
          (a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || byCodePoint(b.id, a.id),
        )
        .slice(0, query.limit)
        .map((incident) => structuredClone(incident));
    },

    async listSince(from) {
      const since = Date.parse(from);
      const touches = (at: string | null) => at !== null && Date.parse(at) >= since;
      return [...incidents.values()]
        .filter(
          (incident) =>
            incident.resolvedAt === null ||
            touches(incident.startedAt) ||
            touches(incident.detectedAt) ||
            touches(incident.resolvedAt),
        )
        .sort(
          (a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || byCodePoint(b.id, a.id),
        )
        .map((incident) => structuredClone(incident));
    },

    async change(id, change) {
      const incident = incidents.get(id);
      if (!incident) return null;
      if (incident.status === 'resolved') return 'closed';
      if (change.type === 'acknowledge') {
        // The first acknowledgement is the one that counts.
        if (incident.status === 'open') {
          incident.status = 'acknowledged';
          incident.acknowledgedAt = change.at;
          incident.acknowledgedBy = structuredClone(change.by);
        }
      } else if (change.type === 'note') {
        incident.notes.push({
          at: change.at,
          author: structuredClone(change.by),
          text: change.text,
        });
      } else {
        incident.status = 'resolved';
        incident.resolvedAt = change.at;
        incident.resolvedBy = change.by ? structuredClone(change.by) : null;
      }
      return structuredClone(incident);
    },
  };
}
