/**
 * Strict reading of everything a client sends: query and path parameters, JSON and CSV bodies, the
 * request line. Anything that does not convert exactly (a fraction for a whole number, NaN, a
 * boolean other than true/false, an unknown enum value, invalid UTF-8, a NUL character, JSON nested
 * too deep) is refused with a 400 problem naming the input, never guessed at, truncated or
 * replaced.
 */
package uk.svkit.api.platform.input;
