/** The radar's usual proportions (nine labels, 380 px wide), for the moment before its frame has measured itself. */
export const USUAL_ASPECT = '380 / 276';
