import { formatAge } from '@/lib/format-age';
import { formatMoment } from '../../lib/product-slo-view';

/** A moment with how long ago (or how soon) it is: "May 3, 2024, 6:30 AM (2 hours ago)". */
export function MomentText({ iso, now }: { iso: string; now?: Date }) {
  return (
    <>
      <time dateTime={iso}>{formatMoment(iso)}</time> ({formatAge(iso, now)})
    </>
  );
}
