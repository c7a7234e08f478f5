const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A week by its first day, as the portal writes dates: "3 Nov". */
export function weekLabel(from: string): string {
  const date = new Date(from);
  if (Number.isNaN(date.getTime())) return from;
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]}`;
}
