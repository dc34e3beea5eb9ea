/** End-to-end tests of programmes, signatures and award applications. */
package uk.svkit.it.recognition;
