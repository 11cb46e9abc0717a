import { createContext } from "react";

/**
 * What a group's decision form tells the alerts page's worklist (DecisionWorklist) once the server
 * has recorded it. Its own module, so a decision form elsewhere (the patient page) does not load
 * the worklist's code with it.
 */
export const GroupDecisions = createContext<((groupId: string, message: string) => void) | null>(null);
