/** Time for the whole application: the injected {@link java.time.Clock} every service reads. */
package uk.svkit.api.platform.time;
