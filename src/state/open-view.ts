import { loadView } from "./url-schema";
import { useViewState } from "./use-view-state";
import { modernLink } from "./workspace-view";

/**
 * Opens a stored query string as the current view, as one history entry: every key set, absent ones to default. A view
 * saved before the workspace had views (`panel=`, or an event with no view) opens the view it meant. The page then starts
 * at the top of that view, where its subject is.
 */
export function useOpenView() {
  const [, setUrl] = useViewState();
  return (search: string) => {
    const modern = modernLink(search, "");
    void setUrl(loadView(modern?.search ?? search));
    if (typeof window !== "undefined") window.scrollTo({ top: 0 });
  };
}
