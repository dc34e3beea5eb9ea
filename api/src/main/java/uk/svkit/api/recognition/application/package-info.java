/** Recognition application services: transactions, authorisation and lookups across aggregates. */
package uk.svkit.api.recognition.application;
