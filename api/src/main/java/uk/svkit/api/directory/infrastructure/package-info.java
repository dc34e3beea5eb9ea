/** The directory's search index: its searches as SQL, run over JDBC. */
package uk.svkit.api.directory.infrastructure;
