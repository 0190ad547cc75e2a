export { DEFAULT_TASK_QUEUE } from '@signalbox/route-model';
