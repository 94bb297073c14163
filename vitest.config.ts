import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generous on purpose: a timeout is a clock-based check too, and on a 2-core machine at load 20
    // the slowest property tests take 30 s (issue 12: the suite must pass on a busy machine).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
