// Lint keeps the layers honest: core stays pure, web and cli only borrow types from the server,
// and only the server's env.ts reads the environment.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { builtinModules } from "node:module";

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const corePurity = {
  "@typescript-eslint/no-restricted-imports": [
    "error",
    {
      paths: nodeBuiltins.map((name) => ({ name, message: "core is pure: no Node built-ins." })),
      patterns: [
        { group: ["node:*"], message: "core is pure: no Node built-ins." },
        { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "core is pure: no React." },
        {
          group: ["@unknot/server", "@unknot/web", "@unknot/cli", "@unknot/storage", "**/apps/**"],
          message: "core may not import the apps or storage.",
        },
      ],
    },
  ],
  "no-restricted-globals": [
    "error",
    ...["setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "queueMicrotask", "requestAnimationFrame"].map(
      (name) => ({ name, message: "core is pure: time is passed in, timers live in the apps." }),
    ),
    { name: "fetch", message: "core is pure: no IO." },
    { name: "process", message: "core is pure: no process." },
    { name: "localStorage", message: "core is pure: no storage." },
    { name: "window", message: "core is pure: no DOM." },
    { name: "document", message: "core is pure: no DOM." },
  ],
  "no-restricted-properties": [
    "error",
    { object: "Date", property: "now", message: "core is pure: pass `now` in." },
    { object: "Math", property: "random", message: "core is pure: pass a random source in." },
    { object: "performance", property: "now", message: "core is pure: pass `now` in." },
  ],
  "no-restricted-syntax": [
    "error",
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: "core is pure: `new Date()` reads the clock; pass `now` in.",
    },
  ],
};

const typeOnlyFromServer = {
  "@typescript-eslint/no-restricted-imports": [
    "error",
    {
      patterns: [
        {
          group: ["@unknot/server", "@unknot/server/*", "**/apps/server/**"],
          allowTypeImports: true,
          message: "Only types may be imported from the server.",
        },
      ],
    },
  ],
};

const webImports = {
  "@typescript-eslint/no-restricted-imports": [
    "error",
    {
      patterns: [
        ...typeOnlyFromServer["@typescript-eslint/no-restricted-imports"][1].patterns,
        { group: ["@unknot/storage", "@unknot/storage/*"], message: "The web app reaches storage only through the HTTP API." },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "**/.vite/**", "test-results/**", "playwright-report/**", "data/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment only in apps/server/src/env.ts (or test/bench set-up)." },
      ],
    },
  },
  {
    files: ["packages/core/**/*.ts"],
    ignores: ["packages/core/bench/**"],
    languageOptions: { globals: {} },
    rules: corePurity,
  },
  { files: ["apps/cli/**/*.ts"], rules: typeOnlyFromServer },
  { files: ["apps/web/**/*.{ts,tsx}"], rules: webImports },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: [
      "apps/server/src/env.ts",
      "apps/cli/src/env.ts",
      "scripts/**",
      "e2e/**",
      "**/*.config.{js,ts}",
      "**/bench/**",
      "**/test/**",
      "**/*.test.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
);
