const APOSTROPHES = /['\u2018\u2019\u02BC\u0060\u00B4]/g;

/**
 * Folds text for matching as people type it: "pena" finds "Peña", and "o'neil" and "oneil"
 * both find "O’Neil". Accents are removed after canonical decomposition, case is ignored, and
 * apostrophes of every kind are dropped, since people type a name with or without one.
 *
 * @param text any text
 * @returns the text folded for comparison, never for display
 */
export function foldForSearch(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(APOSTROPHES, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}
