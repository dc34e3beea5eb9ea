/** CSV formats for framework editions and proxy value sets. */
package uk.svkit.api.framework.infrastructure;
