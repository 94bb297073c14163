// Lint for regular expressions only (`npm run lint:regex`): every regex literal and
// `new RegExp("literal")` in src/ must run in linear time. Rule patterns that are built from
// strings at run time are checked by src/rules/safety.ts instead (test/regex-safety.test.ts and
// `compileRules` for user rules), because this plugin only sees literals.
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default [
  {
    files: ["src/**/*.ts"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
    },
    linterOptions: {
      // Other engineers' disable comments name core rules this config does not turn on.
      reportUnusedDisableDirectives: "off",
    },
    plugins: { regexp },
    rules: {
      // Exponential or polynomial backtracking inside one match attempt: `(a+)+`, `\s*\s*`.
      "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
      // Quadratic scanning across start positions: an unanchored pattern whose first quantifier can
      // consume the whole input before failing (`\s+$` on a long run of spaces).
      "regexp/no-super-linear-move": ["error", { report: "certain", ignorePartial: false }],
      // A capturing group that a preceding quantifier can starve (`^(\w+)\w*$`): wrong captures.
      "regexp/no-misleading-capturing-group": "error",
      // Other backtracking hazards and mistakes the plugin can prove.
      "regexp/no-empty-alternative": "error",
      "regexp/no-dupe-disjunctions": ["error", { report: "all" }],
      "regexp/no-useless-quantifier": "error",
      "regexp/no-optional-assertion": "error",
      "regexp/no-potentially-useless-backreference": "error",
      "regexp/no-useless-backreference": "error",
      "regexp/no-invalid-regexp": "error",
      "regexp/no-empty-character-class": "error",
      "regexp/no-contradiction-with-assertion": "error",
    },
  },
];
