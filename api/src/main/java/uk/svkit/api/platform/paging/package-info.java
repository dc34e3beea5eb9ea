/**
 * Keyset paging for every list: limits, opaque cursors checked by type and range, and the {@code
 * items}/{@code next} page.
 */
package uk.svkit.api.platform.paging;
