/** Worker entry of the load bench: runs the devices (load-devices.ts) and sends back what they measured. */
import { parentPort, workerData } from 'node:worker_threads';
import { runDevices, type DevicesOptions } from './load-devices.ts';

parentPort!.postMessage(await runDevices(workerData as DevicesOptions));
