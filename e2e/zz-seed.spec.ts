import { test } from "./fixtures.ts";
import { seedMonth } from "./month-diary.ts";
test("seed", async ({ request }) => seedMonth(request));
