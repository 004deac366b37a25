import { customAlphabet } from 'nanoid';

// Lower-case alphanumerics: safe in URLs, file names and as Y.Map keys; 16 chars ≈ 82 bits.
const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
const makeId = customAlphabet(alphabet, 16);

/** A new random id for a board or an item. */
export const newId = (): string => makeId();

/** Board ids as they may appear in URLs and store keys: no dots, slashes or spaces. */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const isBoardId = (value: string): boolean => BOARD_ID_PATTERN.test(value);
