/** The audit trail: events written in the same transaction as the change, and their read API. */
package uk.svkit.api.platform.audit;
