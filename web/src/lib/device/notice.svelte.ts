/**
 * What /signin explains after the device removed data on its own (a deactivated account). Kept in
 * localStorage so it survives the redirect and a reload; cleared by the next successful sign-in.
 */
export const NOTICE_KEY = 'clearinghouse.device.notice';

export type DeviceNotice = 'account-disabled';

let current = $state<DeviceNotice | null>(read());

export const deviceNotice = {
  get current(): DeviceNotice | null {
    return current;
  },
};

export function setDeviceNotice(notice: DeviceNotice | null): void {
  current = notice;
  try {
    if (notice) globalThis.localStorage?.setItem(NOTICE_KEY, notice);
    else globalThis.localStorage?.removeItem(NOTICE_KEY);
  } catch {
    /* the notice still shows on this page */
  }
}

function read(): DeviceNotice | null {
  try {
    return globalThis.localStorage?.getItem(NOTICE_KEY) === 'account-disabled' ? 'account-disabled' : null;
  } catch {
    return null;
  }
}
