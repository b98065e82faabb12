/**
 * fast-check for the web package's tests. It is installed for api/ and shared/ but not declared by web/
 * (adding a dependency is the lead's call: see docs/protocol.md "Tests"), so it is reached through the
 * api package's copy, in this one place. Replace with `export { default } from 'fast-check'` once web
 * declares it.
 */
export { default } from '../../../../../api/node_modules/fast-check';
export * from '../../../../../api/node_modules/fast-check';
