/// <reference types="@sveltejs/kit" />
/// <reference types="vite-plugin-pwa/vanillajs" />

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string;
      /** kebab-case code from the error envelope, when the error came from the API. */
      code?: string;
    }
  }
}

export {};
