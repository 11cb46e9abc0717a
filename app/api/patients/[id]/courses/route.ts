import { createCourse } from "@/db/commands/courses";
import { listCourses } from "@/db/reads/courses";
import { getPatient } from "@/db/reads/patients";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";

export const GET = handle(endpoints.listCourses, async ({ params }) => {
  await getPatient(params.id);
  return json(200, { courses: await listCourses(params.id) });
});

export const POST = handle(endpoints.createCourse, async ({ user, params, body }) =>
  json(201, await createCourse(user.id, params.id, body)),
);
