/** End-to-end tests of question sets, tenders, sealed bids, evaluation and award. */
package uk.svkit.it.procurement;
