export { fetchLlamaSeries } from "./adapter";
