import { loadView } from "./url-schema";
import { useViewState } from "./use-view-state";

/** Opens a stored query string as the current view, as one history entry: every key set, absent ones to default. */
export function useOpenView() {
  const [, setUrl] = useViewState();
  return (search: string) => void setUrl(loadView(search));
}
