import { Text, Timeline } from '@mantine/core';
import { IconBan, IconCheck, IconClockHour4, IconSend, IconX } from '@tabler/icons-react';
import type { AccessEvent, AccessRequest } from '@/catalog/api-schemas';
import { isExpiringSoon } from '@/catalog/access/access-requests';
import { formatDay } from '../lib/port-access';

const icons = {
  submit: IconSend,
  approve: IconCheck,
  reject: IconX,
  cancel: IconBan,
  expire: IconClockHour4,
  revoke: IconBan,
} as const;

function sentence(event: AccessEvent): string {
  switch (event.action) {
    case 'submit':
      return `Requested by ${event.actor.name}`;
    case 'approve':
      return event.toStatus === 'granted'
        ? `Approved by ${event.actor.name}: access granted`
        : `First approval by ${event.actor.name}`;
    case 'reject':
      return `Rejected by ${event.actor.name}`;
    case 'cancel':
      return `Cancelled by ${event.actor.name}`;
    case 'expire':
      return 'Access expired';
    case 'revoke':
      return `Revoked by ${event.actor.name}`;
  }
}

/** Everything that happened to a request, oldest first, with the reasons given. */
export function RequestTimeline({
  request,
  events,
}: {
  request: AccessRequest;
  events: AccessEvent[];
}) {
  const now = new Date();
  const expiring =
    request.status === 'granted' && request.expiresAt && isExpiringSoon(request.expiresAt, now);
  return (
    <Timeline
      active={events.length - 1}
      bulletSize={22}
      lineWidth={2}
      aria-label="Timeline of the request"
    >
      {events.map((event) => {
        const Icon = icons[event.action];
        return (
          <Timeline.Item
            key={event.id}
            bullet={<Icon size={12} aria-hidden />}
            title={sentence(event)}
          >
            {event.reason ? <Text size="sm">Reason: {event.reason}</Text> : null}
            <Text size="xs" c="dimmed">
              {formatDay(event.at)} {new Date(event.at).toISOString().slice(11, 16)} UTC
            </Text>
          </Timeline.Item>
        );
      })}
      {request.status === 'granted' && request.expiresAt ? (
        <Timeline.Item
          bullet={<IconClockHour4 size={12} aria-hidden />}
          title={expiring ? 'Expiring soon' : 'Access ends'}
        >
          <Text size="xs" c="dimmed">
            {formatDay(request.expiresAt)}
          </Text>
        </Timeline.Item>
      ) : null}
    </Timeline>
  );
}
