/**
 * The base of every repository (JPA and JDBC), so tenancy and audit cannot be forgotten; migrations
 * at start-up; recognising unique-key violations.
 */
package uk.svkit.api.platform.persistence;
