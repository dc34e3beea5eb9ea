/**
 * Configuration sources and start-up checks that refuse unsafe combinations (the demo key beside a
 * real issuer, HTTPS with the shipped keystore password).
 */
package uk.svkit.api.platform.config;
