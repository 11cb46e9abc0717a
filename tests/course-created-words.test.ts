import { describe, expect, it } from "vitest";
import { courseCreatedWords } from "@/components/course-form/created-words";

const course = (cycles: number) => ({ name: "FOLFOX", cycles: Array.from({ length: cycles }, (_, i) => i + 1) });

describe("the words a new course's form says once saved", () => {
  it("says one cycle in the singular", () => {
    expect(courseCreatedWords(course(1))).toBe("Course FOLFOX created with 1 cycle.");
  });
  it("says two or more in the plural", () => {
    expect(courseCreatedWords(course(2))).toBe("Course FOLFOX created with 2 cycles.");
    expect(courseCreatedWords(course(12))).toBe("Course FOLFOX created with 12 cycles.");
  });
});
