/**
 * The map canvas tells where the middle of its view is, in map coordinates, so that a paste from another map
 * lands where the user is looking. Unset while the canvas is not shown (outline view).
 */
let centreOfView: (() => { x: number; y: number } | undefined) | undefined;

export function registerViewCentre(centre: (() => { x: number; y: number } | undefined) | undefined): void {
  centreOfView = centre;
}

export function viewCentre(): { x: number; y: number } | undefined {
  return centreOfView?.();
}
