import { setupWorker } from "msw/browser";
import { handlers } from "./handlers";

/** Started by boot.tsx in development only, when the URL asks for it (?mock). */
export const worker = setupWorker(...handlers);
