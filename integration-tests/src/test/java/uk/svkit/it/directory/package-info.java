/**
 * End-to-end tests of the VCFSE directory: profiles, the noticeboard, searches, matching, Open
 * Referral UK.
 */
package uk.svkit.it.directory;
