/** The places domain's public entry: what other domains may use. */
export { placesRoutes } from './resource/resource.routes.ts';
