/**
 * "Course FOLFOX created with 1 cycle.": what the new course's form says once saved, both before
 * its outcome's module has loaded and in that outcome (course-created.tsx), in the same words.
 */
export function courseCreatedWords(course: { name: string; cycles: readonly unknown[] }): string {
  const count = course.cycles.length;
  return `Course ${course.name} created with ${count} cycle${count === 1 ? "" : "s"}.`;
}
