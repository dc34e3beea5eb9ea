/** CSV reading and writing on Commons CSV, with line numbers for problems. */
package uk.svkit.api.platform.csv;
