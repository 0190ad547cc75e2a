import semver from 'semver';

/**
 * This SDK's version; plugins declare the range they were built for in `peerDependencies` and the host refuses a
 * plugin whose range admits no version of this major. Kept equal to package.json by version.spec.ts.
 */
export const SDK_VERSION = '1.0.0';
export const SDK_MAJOR = semver.major(SDK_VERSION);
export const SDK_PACKAGE_NAME = '@signalbox/plugin-sdk';
