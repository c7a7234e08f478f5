/**
 * Lets other work run before going on, so a long loop (loading history, evaluating many
 * products) never keeps requests waiting: `setImmediate` in Node, a message in browsers (where
 * nested timers wait at least 4 ms).
 */
export function pause(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
