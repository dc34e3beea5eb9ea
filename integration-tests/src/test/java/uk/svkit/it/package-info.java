/**
 * End-to-end tests: the real svkit WAR on a real Open Liberty, on H2 and on PostgreSQL. Each test
 * creates its own data with unique keys and relies on no other test.
 */
package uk.svkit.it;
