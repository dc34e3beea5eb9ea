/**
 * svkit's embedded default database: a JDBC driver that runs a durable PostgreSQL inside the
 * application server's process tree, so a fresh install needs no database server and still loses
 * nothing it acknowledged. Production deployments point {@code SVKIT_DB_URL} at their own
 * PostgreSQL instead; nothing in the WAR depends on this package.
 */
package uk.svkit.embedded;
