/** Whether the browser believes it is online. `navigator.onLine` can say online on a dead network;
 * code that needs certainty must still handle NetworkError from the API client. */
let online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);

export const connectivity = {
  get online(): boolean {
    return online;
  },
};

/** Follows the browser's online/offline events; returns the cleanup. `onOnline` runs on reconnection. */
export function watchConnectivity(onOnline?: () => void): () => void {
  const update = () => {
    const wasOnline = online;
    online = navigator.onLine;
    if (online && !wasOnline) onOnline?.();
  };
  update();
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  return () => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  };
}
