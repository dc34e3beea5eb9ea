/** End-to-end tests of organisations, identifiers and the audit trail. */
package uk.svkit.it.organisation;
