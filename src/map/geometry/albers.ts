/**
 * Albers equal-area conic projection on the sphere, as pure functions. Equal-area keeps Central
 * Asia and the Caucasus at their true size beside Russia's Arctic, which Web Mercator inflates.
 * Parameters are chosen for the post-Soviet region (Kaliningrad ~20 E to Chukotka ~190 E).
 */
export interface AlbersParams {
  /** Central meridian, degrees east. */
  readonly lon0: number;
  /** Latitude of origin, degrees north. */
  readonly lat0: number;
  /** Standard parallels, degrees north. */
  readonly lat1: number;
  readonly lat2: number;
}

export const REGION_ALBERS: AlbersParams = { lon0: 82, lat0: 56, lat1: 45, lat2: 65 };

const RAD = Math.PI / 180;

/** Forward and inverse projection in unit-sphere coordinates (y up). */
export function albers({ lon0, lat0, lat1, lat2 }: AlbersParams) {
  const n = (Math.sin(lat1 * RAD) + Math.sin(lat2 * RAD)) / 2;
  const c = Math.cos(lat1 * RAD) ** 2 + 2 * n * Math.sin(lat1 * RAD);
  const rho0 = Math.sqrt(c - 2 * n * Math.sin(lat0 * RAD)) / n;
  return {
    project(lat: number, lon: number): [number, number] {
      const rho = Math.sqrt(Math.max(0, c - 2 * n * Math.sin(lat * RAD))) / n;
      const theta = n * (lon - lon0) * RAD;
      return [rho * Math.sin(theta), rho0 - rho * Math.cos(theta)];
    },
    unproject(x: number, y: number): [number, number] {
      const dy = rho0 - y;
      const rho = Math.sign(n) * Math.hypot(x, dy);
      const theta = Math.atan2(x * Math.sign(n), dy * Math.sign(n));
      const sinLat = (c - rho * rho * n * n) / (2 * n);
      const lat = Math.asin(Math.max(-1, Math.min(1, sinLat))) / RAD;
      return [lat, lon0 + theta / n / RAD];
    },
  };
}
