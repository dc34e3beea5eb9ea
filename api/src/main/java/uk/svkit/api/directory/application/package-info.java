/**
 * Transactional directory services: who may write profiles, needs, offers, pledges and claims
 * ({@code NoticeboardRules} holds the checks they share), imports, and the searches. Time is read
 * from the injected {@link java.time.Clock}; organisations are seen as {@code OrganisationRef}.
 */
package uk.svkit.api.directory.application;
