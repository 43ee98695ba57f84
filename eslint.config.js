// Lint keeps the layers honest: core stays pure, web and cli only borrow types from the server,
// and only the server's env.ts reads the environment.
import js from "@eslint/js";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { readdirSync } from "node:fs";
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

// Web features are walled off: a feature imports its own files, `shared/`, `api/`, `storage/` and
// `router/`, never another feature. What several features use lives in `apps/web/src/shared/`.
// A page may compose another feature's component only if it is listed here; keep this list short.
const featureExceptions = {
  find: ["results/ResultsView.tsx", "screening/ScreeningForm.tsx"],
  home: ["body-map/BodyMap.tsx"],
  plan: ["clinic/MyProgrammes.tsx", "outcomes/StartingPointPrompt.tsx", "session/PlanForm.tsx", "session/SessionRun.tsx"],
  progress: ["outcomes/FunctionCard.tsx", "outcomes/KeepingGoingCard.tsx", "outcomes/VerdictCard.tsx"],
  results: ["clinic/ClinicianNotes.tsx"],
  report: ["outcomes/OutcomeReport.tsx", "progress/BodyHeatMap.tsx", "progress/progress.css"],
};
const webSource = "apps/web/src";
const features = readdirSync(`${webSource}/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureWalls = {
  "import-x/no-restricted-paths": [
    "error",
    {
      basePath: import.meta.dirname,
      zones: [
        ...features.map((feature) => ({
          target: `./${webSource}/features/${feature}`,
          from: `./${webSource}/features`,
          except: [`./${feature}`, ...(featureExceptions[feature] ?? []).map((file) => `./${file}`)],
          message: "Features are walled off: move what both need to apps/web/src/shared/ (or list a page composition in eslint.config.js).",
        })),
        { target: `./${webSource}/shared`, from: `./${webSource}/features`, message: "shared/ may not import a feature." },
      ],
    },
  ],
  "import-x/no-cycle": ["error", { ignoreExternal: true }],
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
    files: ["apps/web/src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [importX.createNodeResolver({ extensions: [".ts", ".tsx", ".js"] })],
    },
    rules: featureWalls,
  },
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
