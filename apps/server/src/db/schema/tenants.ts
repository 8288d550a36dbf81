/** Tables of this sub-feature (its migration); empty until it lands. */
export {};
