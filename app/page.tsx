import { redirect } from "next/navigation";
import { homeOf } from "@/lib/access/pages";
import { requirePageUser } from "@/lib/auth/page";

export default async function Home() {
  const user = await requirePageUser("/");
  redirect(homeOf(user.role));
}
