/**
 * MicroProfile Health checks: liveness of the process, readiness of the database and migrations.
 */
package uk.svkit.api.platform.health;
