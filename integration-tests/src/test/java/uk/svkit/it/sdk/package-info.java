/** Tests of SDK behaviour against the real server (retries, idempotency, paging, errors). */
package uk.svkit.it.sdk;
