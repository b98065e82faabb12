// The CLI and server tests run the real bundle, as `pnpm cli` and `pnpm start` do.
export default async function setup() {
  // @ts-expect-error plain ESM build script without type declarations
  const { buildApi } = await import('../../scripts/build.mjs');
  await buildApi();
}
