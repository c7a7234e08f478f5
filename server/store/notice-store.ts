/**
 * Notices about the catalog itself, for the people they concern: today, a version that breaks
 * consumers was published. They appear beside the access notifications and are read the same
 * way; like the access log, they are only ever added.
 */
export interface Notice {
  id: string;
  at: string;
  /** Who published what the notice is about. */
  actor: { id: string; name: string };
  /** Lower-cased usernames and team names it is for. */
  audience: string[];
  message: string;
  /** Where in the portal it leads: `/products/sales-orders/changes`. */
  link: string;
}

export type NewNotice = Omit<Notice, 'id'>;

export interface NoticeStore {
  add(notice: NewNotice): Promise<Notice>;
  /** Notices for any of `audience` but not by `readerId`, newest first, with what was read. */
  list(
    audience: string[],
    readerId: string,
    limit: number,
  ): Promise<{ notices: (Notice & { read: boolean })[]; unread: number }>;
  markRead(readerId: string, ids: string[] | 'all', audience: string[]): Promise<void>;
}
