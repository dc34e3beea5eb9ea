/**
 * Organisations: the buyers, suppliers and VCFSEs that use svkit, identified by org-id identifiers.
 * Every other context refers to organisations by their svkit id; tokens name them by identifier.
 */
package uk.svkit.api.organisation;
