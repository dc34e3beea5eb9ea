/** The one JSON-B configuration of the API and how dates and times are written and read. */
package uk.svkit.api.platform.json;
