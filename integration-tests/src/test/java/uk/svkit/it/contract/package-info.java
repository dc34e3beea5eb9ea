/** Tests of the HTTP contract itself: the OpenAPI document against its baseline. */
package uk.svkit.it.contract;
