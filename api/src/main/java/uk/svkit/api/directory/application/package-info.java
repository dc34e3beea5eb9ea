/**
 * Transactional directory services: who may write profiles, needs and pledges, and the searches.
 */
package uk.svkit.api.directory.application;
