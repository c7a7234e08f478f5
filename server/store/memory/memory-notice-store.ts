import type { NewNotice, Notice, NoticeStore } from '../notice-store';

/** Notices in memory, for the browser host and tests. */
export function createMemoryNoticeStore(): NoticeStore {
  const notices: Notice[] = [];
  const reads = new Map<string, Set<string>>();
  const forReader = (audience: string[], readerId: string) => {
    const wanted = new Set(audience);
    return notices.filter(
      (notice) =>
        notice.actor.id !== readerId && notice.audience.some((entry) => wanted.has(entry)),
    );
  };
  return {
    async add(input: NewNotice) {
      const notice: Notice = { ...structuredClone(input), id: `n${notices.length + 1}` };
      notices.push(notice);
      return structuredClone(notice);
    },
    async list(audience, readerId, limit) {
      const mine = forReader(audience, readerId);
      const read = reads.get(readerId) ?? new Set<string>();
      return {
        notices: [...mine]
          .reverse()
          .slice(0, limit)
          .map((notice) => ({ ...structuredClone(notice), read: read.has(notice.id) })),
        unread: mine.filter((notice) => !read.has(notice.id)).length,
      };
    },
    async markRead(readerId, ids, audience) {
      const read = reads.get(readerId) ?? new Set<string>();
      reads.set(readerId, read);
      const chosen = ids === 'all' ? forReader(audience, readerId).map((notice) => notice.id) : ids;
      for (const id of chosen) read.add(id);
    },
  };
}
