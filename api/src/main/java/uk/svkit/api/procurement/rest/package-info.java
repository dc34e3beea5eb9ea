/** Question sets, tenders, bids and evaluation over HTTP. */
package uk.svkit.api.procurement.rest;
