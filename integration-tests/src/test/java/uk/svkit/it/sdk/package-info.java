/** The SDK inside a Jakarta EE server: it runs on the server's own JAX-RS client and JSON-B. */
package uk.svkit.it.sdk;
